import type { SearchRecord } from './records.ts';
import { ARCHIVED_FILTER, encodePart } from './archived-parts.ts';
import { betKey } from './ranking.ts';

/**
 * Earlier articles in the search index: one Pagefind page each, not one a paragraph.
 *
 * Pagefind's index metadata, which every first search loads whole, holds about 6 bytes
 * (gzipped) for every page it indexes. With a record for each paragraph and quote (some
 * 43 an article), 1,000 articles made it 247 KB, more than Pagefind's own code. So the
 * newest articles keep a record for each paragraph and quote, and each earlier article is
 * indexed as one page whose paragraphs and quotes are its sub-results: Pagefind finds the
 * article, and says which of its parts hold the words asked for, each with its address.
 * The search code shows such a result as the article with its matching parts
 * (src/client/search-ui.ts).
 */

/** How many of the newest articles are indexed paragraph by paragraph and quote by quote. */
export const DETAILED_ARTICLES = 10;

/** The setting that changes it (a build of many articles may want more, a test fewer). */
export const DETAILED_ARTICLES_SETTING = 'SEARCH_DETAILED_ARTICLES';

/** The number of detailed articles from the setting's value; unset means DETAILED_ARTICLES. */
export function detailedArticles(value: string | undefined): number {
  if (value === undefined || value === '') return DETAILED_ARTICLES;
  if (!/^\d+$/.test(value.trim()))
    throw new Error(
      `${DETAILED_ARTICLES_SETTING}="${value}" is not a number of articles: set it to a whole number (0 or more), or unset it for ${DETAILED_ARTICLES}.`,
    );
  return Number(value);
}

/**
 * The weight of an earlier article's words. Pooled, an earlier article gathers the
 * mentions of its 40-odd parts into one page, and in a large archive its length stops
 * counting against it: Pagefind weighs a page's length against the average page, and
 * earlier articles then make up most pages. Measured with 1,000 articles added, the four
 * results after Putin's entry were four earlier articles, ahead of the events about him
 * that lead the one-article site's results and of every newer article's passages. At half
 * weight the first results are again the entry and the events, with the articles after
 * them; three quarters changed nothing. The headline is weighed as a title, not halved;
 * best bets (src/search/ranking.ts) do not depend on weight.
 */
export const ARCHIVED_WEIGHT = 0.5;

/** An earlier article as one page for Pagefind: its address and its HTML. */
export interface ArchivedArticle {
  url: string;
  html: string;
}

/** What the index is given: records, and earlier articles as pages. */
export interface SearchIndexInput {
  records: SearchRecord[];
  archived: ArchivedArticle[];
}

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * An earlier article's records as one page: the article's own record (its headline as the
 * title, its dek) first, then each paragraph and quote after an empty anchor with its id,
 * so Pagefind makes it a sub-result with the part's own address (the anchor holds no text:
 * text in it would be stored twice). Filters and names are the union of its records'.
 * Its text (not its headline, a title) counts at ARCHIVED_WEIGHT.
 */
export function archivedArticleHtml(head: SearchRecord, parts: readonly SearchRecord[]): string {
  const all = [head, ...parts];
  const union = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))];
  const filters = [
    ...union(all.flatMap((r) => r.filters.kind)).map((k) => `kind:${k}`),
    ...union(all.flatMap((r) => r.filters.person)).map((p) => `person:${p}`),
    `${ARCHIVED_FILTER}:article`,
  ];
  const bets = union(all.flatMap((r) => r.meta.bet?.split(' ')));
  const meta = [`title:${head.meta.title}`, ...(bets.length ? [`bet:${bets.join(' ')}`] : [])];
  // A quote's title names it already (its words); only its other names need carrying.
  const other = (r: SearchRecord) =>
    (r.meta.bet ?? '')
      .split(' ')
      .filter((k) => k && k !== betKey(r.meta.title))
      .join(' ');
  const body = parts.map((r) => {
    const id = r.url.slice(r.url.indexOf('#') + 1);
    const quote = r.filters.kind.includes('quote');
    const part = encodePart({
      kind: quote ? 'quote' : 'section',
      title: r.meta.title,
      people: r.filters.person,
      ...(r.filters.date?.[0] ? { date: r.filters.date[0] } : {}),
      ...(quote && other(r) ? { otherNames: other(r) } : {}),
    });
    return `<span id="${escape(id)}" data-pagefind-title="${escape(part)}"></span><p>${escape(r.content)}</p>`;
  });
  return [
    '<html lang="en"><body><main data-pagefind-body>',
    ...filters.map((f) => `<span data-pagefind-filter="${escape(f)}"></span>`),
    ...meta.map((m) => `<span data-pagefind-meta="${escape(m)}"></span>`),
    `<div data-pagefind-weight="${ARCHIVED_WEIGHT}">`,
    `<p>${escape(head.content)}</p>`,
    ...body,
    '</div></main></body></html>',
  ].join('');
}

/**
 * The records as the index takes them: those of the newest `detailed` articles (newest
 * first in `articles`) and of everything else as they are; each earlier article's records
 * as one page (archivedArticleHtml). A record belongs to the article at its address.
 */
export function splitByAge(
  records: readonly SearchRecord[],
  articles: readonly string[],
  detailed: number,
): SearchIndexInput {
  const earlier = new Set(articles.slice(detailed));
  const byArticle = new Map<string, SearchRecord[]>();
  const kept: SearchRecord[] = [];
  for (const record of records) {
    const page = record.url.split('#')[0]!;
    if (!earlier.has(page)) kept.push(record);
    else if (byArticle.has(page)) byArticle.get(page)!.push(record);
    else byArticle.set(page, [record]);
  }
  const archived = [...byArticle].map(([url, list]) => {
    const head = list.find((r) => r.url === url);
    if (!head) throw new Error(`search: the earlier article ${url} has no record of its own (its headline and dek)`);
    return {
      url,
      html: archivedArticleHtml(
        head,
        list.filter((r) => r !== head),
      ),
    };
  });
  return { records: kept, archived };
}
