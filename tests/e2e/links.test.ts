import { describe, expect, it } from 'vitest';
import { selectAll } from 'hast-util-select';
import { builtPages, fileFor, parsePage } from './site.ts';

/** Every id on a built page. */
function idsOf(path: string): Set<string> {
  return new Set(selectAll('[id]', parsePage(path)).map((el) => String(el.properties.id)));
}

describe('internal links', () => {
  const pages = builtPages();

  it('finds the pages to check', () => {
    expect(pages).toContain('/');
    expect(pages).toContain('/articles/putin-zelensky-meeting/');
  });

  it('every internal link and fragment on every page resolves', () => {
    const broken: string[] = [];
    const idCache = new Map<string, Set<string>>();
    for (const page of pages) {
      for (const a of selectAll('a[href]', parsePage(page))) {
        const href = String(a.properties.href);
        if (/^(https?:|mailto:)/.test(href)) continue;
        const url = new URL(href, `http://site${page}`);
        const target = url.pathname;
        if (!fileFor(target)) {
          broken.push(`${page}: ${href} (no page)`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (!fragment || fragment.startsWith(':~:')) continue;
        const id = fragment.split(':~:')[0]!;
        if (!idCache.has(target)) idCache.set(target, idsOf(target));
        if (!idCache.get(target)!.has(id)) broken.push(`${page}: ${href} (no #${id})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('ids are unique on every page', () => {
    const duplicates: string[] = [];
    for (const page of pages) {
      const seen = new Set<string>();
      for (const el of selectAll('[id]', parsePage(page))) {
        const id = String(el.properties.id);
        if (seen.has(id)) duplicates.push(`${page}#${id}`);
        seen.add(id);
      }
    }
    expect(duplicates).toEqual([]);
  });
});
