// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import shareCardCache from './src/integrations/share-card-cache.ts';
import staticHostHeaders from './src/integrations/static-host-headers.ts';
import buildTimings from './src/integrations/build-timings.ts';
import { readAliases } from './src/utils/aliases.ts';

/** The base path, always ending in “/”. */
const base = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');

export default defineConfig({
  // Canonical URLs and share cards need an absolute address; set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://putin-zelensky.example.org',
  // The path the site lives under on that host (e.g. /annotated/); every address the site
  // emits goes through src/utils/urls.ts, which puts it in front.
  base,
  trailingSlash: 'always',
  // Pages that moved keep working: content/aliases.yaml lists old paths and where they went.
  // Astro puts the base in front of where a redirect comes from, not where it goes.
  redirects: Object.fromEntries(Object.entries(readAliases().pages).map(([from, to]) => [from, `${base}${to.slice(1)}`])),
  // The article pipeline is ours (src/utils/render-article.ts); no client JS by default.
  devToolbar: { enabled: false },
  // No code blocks here; Shiki's inline styles would also clash with the CSP.
  markdown: { syntaxHighlight: false },
  // The Content Security Policy is ours (src/utils/http-headers.ts): BaseLayout puts it in a
  // <meta> on every page and the web server sends it as a header. Every style and script is
  // a file, so it needs no hashes (Astro's security.csp would add some for nothing).
  build: { format: 'directory', inlineStylesheets: 'never' },
  // One stylesheet for the whole site: every page needs most of it, a reader who opens a
  // second page has it cached, and a page makes one request for styles, not five.
  vite: { build: { cssCodeSplit: false } },
  // The sitemap lists reading pages only: not the 404 page or build plumbing.
  integrations: [sitemap({ filter: (page) => !/\/(404|search-records\.json|search-spellings\.json)\/?$/.test(page) }), pagefind(), shareCardCache(), staticHostHeaders(), buildTimings()],
  // Builds of other content folders (fixtures, the scale benchmark) keep their own cache,
  // so they neither reuse nor clear the content store of the real build.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});
