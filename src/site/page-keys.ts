import { createHash } from 'node:crypto';
import { groupByKeys } from '../core/group-by-keys.ts';
import type { Article, Quote, SiteData } from './types.ts';

/**
 * What every page is made with besides the content: the code's version (the render
 * cache's, src/site/render-cache.ts, which covers `src/`, the config, the packages and the
 * base path) and the values pages read from outside the content files (settings from the
 * environment, the published-links manifest, content/moved.yaml, the day citations give
 * as accessed).
 */
export interface KeyBasis {
  version: string;
  settings: readonly unknown[];
}

/** Cache keys of a quote's or an article's pages, given the page's site path (`/quotes/<id>/editions/2/`). */
export interface PageKeys {
  quote: (quote: Quote, page: string) => string;
  article: (article: Article, page: string) => string;
}

const digest = (parts: readonly unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('base64url');

/**
 * Cache keys for the pages of quotes and articles and their editions' pages, for Astro's
 * incremental build (`experimental.incrementalBuild`): a page whose key and code are
 * unchanged since the last build is not rendered again. A key must change whenever
 * anything the page shows could:
 *
 * - everything shared, as written: every article, glossary entry and timeline event file
 *   (the header's glossary, notes' links and previews, the sources' paragraphs), which
 *   quotes there are and in what order, the withdrawn entries, and the basis above;
 * - the files of every quote of each article the quote's file names (its own article, and
 *   any cited as a source, in this edition or an earlier one): an article's quotes decide
 *   its anchors, so where "Read in context" leads;
 * - for a quote, its own file and the words of the quotes before and after it;
 * - the fragment ids the page forwards.
 *
 * An article's pages show the article with its quotes' anchors and notes: the shared part
 * and its own quotes' files. So an edited quote renders its article's pages and its
 * article's quotes' pages again (and its neighbours', if its words changed); an edited
 * article, glossary entry or event renders every keyed page again. Coarse, by choice: a
 * key that missed a dependency would serve a stale note, and
 * tests/build/incremental-build.test.ts compares a rebuild after such an edit with a full
 * build, file by file.
 */
export function pageKeys(data: SiteData, basis: KeyBasis): PageKeys {
  const shared = digest([
    basis.version,
    basis.settings,
    data.articles.map((a) => a.entry.source),
    data.glossary.map((g) => g.entry.source),
    data.events.map((e) => e.entry.source),
    data.quotes.map((q) => q.id),
    data.withdrawn.map((w) => [w.collection, w.id, w.file, w.name, w.withdrawn]),
  ]);
  // Each quote file is hashed once, and keys are made of digests: when each key hashed its
  // quote's whole file, making the keys took 8.7 s of a profiled rebuild at 1,000 articles.
  const files = new Map(data.quotes.map((q) => [q, createHash('sha256').update(q.entry.source).digest('base64url')]));
  const byArticle = groupByKeys(data.quotes, (q) => [q.article.slug]);
  const groups = new Map<string, string>();
  const group = (slug: string) => {
    let g = groups.get(slug);
    if (g === undefined) groups.set(slug, (g = digest((byArticle.get(slug) ?? []).map((q) => files.get(q)))));
    return g;
  };
  const neighbour = (q: Quote | undefined) => q && [q.id, q.entry.data.text];
  // What a quote's pages share (its page and each edition's), worked out once per quote.
  const own = new Map<Quote, string>();
  data.quotes.forEach((q, i) =>
    own.set(
      q,
      digest([
        [...articlesNamed(q.entry.raw, new Set([q.article.slug]))].sort().map(group),
        files.get(q),
        neighbour(data.quotes[i - 1]),
        neighbour(data.quotes[i + 1]),
      ]),
    ),
  );
  const redirects = (page: string) => data.fragmentRedirects[page] ?? null;
  return {
    quote: (quote, page) => digest([shared, own.get(quote) ?? null, redirects(page)]),
    article: (article, page) => digest([shared, group(article.slug), redirects(page)]),
  };
}

/** Every value of an `article` field anywhere in an entry's data as written (its sources, its corrections' earlier values). */
function articlesNamed(raw: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(raw)) for (const v of raw) articlesNamed(v, into);
  else if (raw && typeof raw === 'object') {
    for (const [k, v] of Object.entries(raw)) {
      if (k === 'article' && typeof v === 'string') into.add(v);
      else articlesNamed(v, into);
    }
  }
  return into;
}
