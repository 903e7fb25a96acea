import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'hast';

/** Every page in the build, as site paths (`/articles/x/`), read from `dist/`. */
export function builtPages(dir = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory() && e.name !== 'pagefind' && e.name !== '_astro') walk(p);
      else if (e.name.endsWith('.html')) pages.push(`/${relative(dir, p)}`.replace(/index\.html$/, ''));
    }
  };
  walk(dir);
  return pages.sort();
}

/** The file in `dist/` that serves a site path, or undefined. */
export function fileFor(path: string, dir = 'dist'): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`, `${clean}.html`];
  for (const c of candidates) {
    try {
      readFileSync(join(dir, c));
      return join(dir, c);
    } catch {
      /* try the next form */
    }
  }
  return undefined;
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

/** The slug of the one article this repo ships (the e2e tests read it). */
export const ARTICLE = '/articles/putin-zelensky-meeting/';
