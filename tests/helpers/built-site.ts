import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'hast';
import { pagesIn } from '../../scripts/links.ts';

/** Every page in the build, as site paths (`/articles/x/`): the pages the link manifest lists. */
export function builtPages(dir = 'dist'): string[] {
  return [...pagesIn(dir).keys()].sort();
}

/** The file in `dist/` that serves a site path, or undefined. */
export function fileFor(path: string, dir = 'dist'): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`, `${clean}.html`];
  return candidates.map((c) => join(dir, c)).find((file) => existsSync(file) && statSync(file).isFile());
}

/** A built page parsed into a HAST tree. */
export function parsePage(path: string, dir = 'dist'): Root {
  const file = fileFor(path, dir);
  if (!file) throw new Error(`no built page for ${path}`);
  return fromHtml(readFileSync(file, 'utf8'));
}

/** The source text of the article, kept in the repo for the fidelity test. */
export function sourceText(): string {
  return readFileSync('tests/fixtures/source-article.txt', 'utf8');
}

/** The slug of the one article this repo ships (the site tests read it). */
export const ARTICLE = '/articles/putin-zelensky-meeting/';

/** An edition page's address: its collection and edition number. */
export const EDITION_PAGE = /^\/([a-z]+)\/[^/]+\/editions\/(\d+)\/$/;

/**
 * Every edition page is one layout (src/layouts/EditionPage.astro) showing earlier words
 * through the renderers the current pages use, so per collection the largest edition page
 * (the most notes and sources) stands for the rest in checks that cost a second a page.
 */
export function editionStandIns(pages: readonly string[], dir = 'dist'): Set<string> {
  const size = (path: string) => statSync(fileFor(path, dir)!).size;
  const byCollection = new Map<string, string>();
  for (const path of pages) {
    const collection = EDITION_PAGE.exec(path)?.[1];
    if (!collection) continue;
    const kept = byCollection.get(collection);
    if (!kept || size(path) > size(kept)) byCollection.set(collection, path);
  }
  return new Set(byCollection.values());
}
