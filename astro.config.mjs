// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import shareCardFiles from './src/integrations/share-card-files.ts';
import staticHostHeaders from './src/integrations/static-host-headers.ts';
import buildTimings from './src/integrations/build-timings.ts';
import sitemapDates from './src/integrations/sitemap-dates.ts';
import citationFiles from './src/integrations/citation-files.ts';
import staleFiles from './src/integrations/stale-files.ts';
import siteDataCache from './src/integrations/site-data-cache.ts';
import { basePathSetting, reportErrorsSetting, siteUrlSetting } from './src/core/settings.ts';
import { PLUMBING_FILES } from './src/core/pages.ts';
import { readMovedLinks } from './src/links/moved.ts';
import { ContentProblems } from './src/problems/report.ts';

// The deployment settings, checked first: a mistake names the setting and the fix.
const site = siteUrlSetting(process.env.SITE_URL);
const base = basePathSetting(process.env.BASE_PATH);
reportErrorsSetting(process.env.REPORT_ERRORS_TO);

// Pages that moved keep working: content/moved.yaml lists old paths and where they went.
const { moved, problems } = readMovedLinks();
if (problems.length > 0) throw new ContentProblems(problems);

/** Reading pages only in the sitemap: not the 404 page or build plumbing. */
const NOT_IN_SITEMAP = new RegExp(`/(404|${PLUMBING_FILES.map((f) => f.slice(1).replace(/\./g, '\\.')).join('|')})/?$`);

export default defineConfig({
  // Canonical URLs and share cards need an absolute address: SITE_URL when deploying.
  site,
  // The path the site lives under on that host (BASE_PATH, e.g. /annotated/); every address
  // the site emits goes through src/core/urls.ts, which puts it in front.
  base,
  trailingSlash: 'always',
  // Astro puts the base in front of where a redirect comes from, not where it goes.
  redirects: Object.fromEntries(Object.entries(moved.pages).map(([from, to]) => [from, `${base}${to.slice(1)}`])),
  // The article pipeline is ours (src/markdown/article-processor.ts); no client JS by default.
  devToolbar: { enabled: false },
  // Scoped styles by a class on each element, not a `data-astro-cid-*` attribute: the same
  // scoping, fewer bytes on every page.
  scopedStyleStrategy: 'class',
  // No code blocks here; Shiki's inline styles would also clash with the CSP.
  markdown: { syntaxHighlight: false },
  // The Content Security Policy is ours (src/http/headers.ts): BaseLayout puts it in a
  // <meta> on every page and the web server sends it as a header. Every style and script is
  // a file, so it needs no hashes (Astro's security.csp would add some for nothing).
  // `concurrency`: pages are generated eight at a time. Each page's file writes wait on
  // Node's thread pool, and one at a time half of a large build's page generation was
  // spent waiting; the output is the same byte for byte.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  // One stylesheet for the whole site: every page needs most of it, a reader who opens a
  // second page has it cached, and a page makes one request for styles, not five.
  // `emptyOutDir: false`: a build writes over the last one's dist/, and
  // src/integrations/stale-files.ts removes what it did not write.
  vite: { build: { cssCodeSplit: false, emptyOutDir: false } },
  // A rebuild skips the pages of quotes and articles whose cache key is unchanged
  // (src/site/page-keys.ts); Astro also compares each route's code. The other pages have no
  // key and always render.
  experimental: { incrementalBuild: true },
  integrations: [
    siteDataCache(),
    sitemap({ filter: (page) => !NOT_IN_SITEMAP.test(page) }),
    sitemapDates(),
    citationFiles(),
    pagefind(),
    shareCardFiles(),
    staticHostHeaders(),
    staleFiles(),
    buildTimings(),
  ],
  // Builds of other content folders (fixtures, the scale benchmark) keep their own cache,
  // so they neither reuse nor clear the content store of the real build.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});
