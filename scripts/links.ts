/**
 * The published-links manifest: every page the site publishes and every fragment id on it.
 * `npm run links:update` adds what dist/ publishes to content/published-links.json and never
 * drops a published link; `npm run links:check` (also run by `npm test`) fails when a
 * published link disappears without saying where it moved, or when new links have not been
 * added to the manifest.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkLinks, describeCheck, manifestOf, mergeManifests, type LinkManifest } from '../src/links/manifest.ts';
import { readMovedLinks } from '../src/links/moved.ts';
import { reportProblems } from '../src/problems/report.ts';
import { TEMPLATE_IDS } from '../src/core/template-ids.ts';
import { normalizeBase, sitePath } from '../src/core/urls.ts';

export const MANIFEST = 'content/published-links.json';

/** Every HTML page under a build folder, with the ids it carries. */
export function pagesIn(dist: string): Map<string, string[]> {
  const pages = new Map<string, string[]>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!['_astro', 'pagefind', 'og'].includes(entry.name)) walk(path);
      } else if (entry.name.endsWith('.html')) {
        const html = readFileSync(path, 'utf8');
        // Redirect pages (of moved pages) are not published pages of their own.
        if (/<meta http-equiv="refresh"/.test(html)) continue;
        const url = `/${relative(dist, path)}`.replace(/index\.html$/, '');
        pages.set(
          url,
          [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!),
        );
      }
    }
  };
  walk(dist);
  return pages;
}

/**
 * The fragment redirects each built page carries (content/moved.yaml, and the ids of
 * withdrawn entries sent to their notices), as the page's moved-fragments script reads them.
 */
export function embeddedRedirects(dist: string): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [url] of pagesIn(dist)) {
    const html = readFileSync(join(dist, url.endsWith('/') ? `${url}index.html` : url), 'utf8');
    const json = new RegExp(
      `<script type="application/json" id="${TEMPLATE_IDS.movedFragments}">([^<]*)</script>`,
    ).exec(html)?.[1];
    if (json) out[url] = JSON.parse(json) as Record<string, string>;
  }
  return out;
}

/** Check a build against the committed manifest; returns the failure message or ''. */
export function checkBuild(
  dist = 'dist',
  manifestFile = MANIFEST,
  contentDir = 'content',
  base = process.env.BASE_PATH || '/',
): string {
  const published = JSON.parse(readFileSync(manifestFile, 'utf8')) as LinkManifest;
  const { moved, problems } = readMovedLinks(contentDir);
  if (problems.length > 0) return reportProblems(problems);
  const fragments = { ...moved.fragments };
  // Pages carry addresses under the base; the manifest and moved.yaml are site paths.
  const site = (address: string) =>
    address.startsWith('/') ? (sitePath(address, normalizeBase(base)) ?? address) : address;
  for (const [page, map] of Object.entries(embeddedRedirects(dist))) {
    fragments[page] = {
      ...fragments[page],
      ...Object.fromEntries(Object.entries(map).map(([id, to]) => [id, site(to)])),
    };
  }
  const check = checkLinks(published, manifestOf(pagesIn(dist)), { ...moved, fragments });
  return check.missing.length + check.added.length > 0 ? describeCheck(check) : '';
}

if (process.argv[1]?.endsWith('links.ts')) {
  if (process.argv.includes('--update')) {
    const published = existsSync(MANIFEST) ? (JSON.parse(readFileSync(MANIFEST, 'utf8')) as LinkManifest) : {};
    const manifest = mergeManifests(published, manifestOf(pagesIn('dist')));
    writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 1)}\n`);
    const ids = Object.values(manifest).reduce((n, ids) => n + ids.length, 0);
    console.log(`${MANIFEST}: ${Object.keys(manifest).length} pages, ${ids} fragment ids`);
  } else {
    const message = checkBuild();
    if (message) {
      console.error(message);
      process.exit(1);
    }
    console.log('Every published link still resolves.');
  }
}
