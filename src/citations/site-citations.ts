import type { Article, Quote, SiteData } from '../site/types.ts';
import type { PartialDate } from '../core/dates.ts';
import { CSL_JSON_TYPE, MEDIA_TYPES } from '../core/media-types.ts';
import { articleUrl, paths, quoteUrl } from '../core/urls.ts';
import { accessedDate, articleCsl, cslSpeaker, quoteCsl, type CitedEdition, type CslItem } from './csl.ts';
import { formatCitations, toBibtex, toCslJson, toRis, type StyledCitations } from './format.ts';

/** What a page's Cite section shows: the item, its formatted citations, its files and the day it gives as accessed. */
export interface PageCitation {
  item: CslItem;
  citations: StyledCitations[];
  files: { bib: string; ris: string; json: string; name: string };
  accessed: PartialDate;
}

/** The formats a citation is downloadable in, by file extension. */
export const CITATION_FILES = {
  bib: { type: `${MEDIA_TYPES.bib}; charset=utf-8`, body: toBibtex },
  ris: { type: `${MEDIA_TYPES.ris}; charset=utf-8`, body: toRis },
  json: { type: `${CSL_JSON_TYPE}; charset=utf-8`, body: toCslJson },
} as const;

export type CitationFormat = keyof typeof CITATION_FILES;

/** A citation file's address under its page: `…/citation.bib`. */
const citationPath = (page: string, format: CitationFormat) => `${page}citation.${format}`;

/** The addresses of a page's citation files: `citation.bib`, `.ris` and `.json` under the page. */
function files(pageUrl: string, name: string): PageCitation['files'] {
  return {
    bib: citationPath(pageUrl, 'bib'),
    ris: citationPath(pageUrl, 'ris'),
    json: citationPath(pageUrl, 'json'),
    name,
  };
}

/** The edition a page cites: the one it shows, or, on a corrected entry's page, the current one. */
const currentEdition = (entry: { history: { editions: readonly CitedEdition[] } }) => entry.history.editions.at(-1);

/**
 * The day the citations give as accessed, once per build's data: it reads every entry of
 * the site, and every page and citation file asks for it. Computed again only if
 * SOURCE_DATE_EPOCH changes.
 */
const accessedByData = new WeakMap<SiteData, { epoch: string | undefined; day: PartialDate }>();
export function accessed(data: SiteData): PartialDate {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  let known = accessedByData.get(data);
  if (!known || known.epoch !== epoch) {
    known = { epoch, day: accessedDate(data) };
    accessedByData.set(data, known);
  }
  return known.day;
}

/** The article as an item to cite (no formatting: the citation files need only this). */
export function articleItem(article: Article, data: SiteData, site: URL | undefined): CslItem {
  return articleCsl(article, site, accessed(data), currentEdition(article));
}

/** A quote as an item to cite: the article, read at the quote's words. */
export function quoteItem(quote: Quote, data: SiteData, site: URL | undefined): CslItem {
  return quoteCsl(quote, site, accessed(data), currentEdition(quote));
}

/** The article's citation, naming the edition of our notes shown (the current one by default). */
export function articleCitation(
  article: Article,
  data: SiteData,
  site: URL | undefined,
  edition = currentEdition(article),
): PageCitation {
  const day = accessed(data);
  const item = articleCsl(article, site, day, edition);
  return {
    item,
    citations: formatCitations(item),
    files: files(articleUrl(article.slug), article.slug),
    accessed: day,
  };
}

/** A quote's citation: the article, the speaker “quoted in” it, read at the quote's words, in the edition shown. */
export function quoteCitation(
  quote: Quote,
  data: SiteData,
  site: URL | undefined,
  edition = currentEdition(quote),
): PageCitation {
  const day = accessed(data);
  const item = quoteCsl(quote, site, day, edition);
  return {
    item,
    citations: formatCitations(item, cslSpeaker(quote.speaker)),
    files: files(quoteUrl(quote.id), quote.id),
    accessed: day,
  };
}

/** One citation file (`citation.bib`, `.ris` or `.json`): the item in that format, with its type. */
export function citationFile(format: string | undefined, item: CslItem): Response {
  const file = CITATION_FILES[format as CitationFormat];
  return new Response(file.body([item]), { headers: { 'content-type': file.type } });
}

/**
 * Every citation file the site publishes (`citation.bib`, `.ris` and `.json` under each
 * article's and each quote's page), by its path under the site's root, as the build writes
 * them in one pass (src/integrations/citation-files.ts): one route per file, they were a
 * third of a large archive's routes, each paying Astro's own cost per route.
 */
export function citationFiles(data: SiteData, site: URL | undefined): [path: string, body: string][] {
  const filesOf = (page: string, item: CslItem) =>
    (Object.keys(CITATION_FILES) as CitationFormat[]).map(
      (format) => [citationPath(page, format), CITATION_FILES[format].body([item])] as [string, string],
    );
  return [
    ...data.articles.flatMap((a) => filesOf(paths.article(a.slug), articleItem(a, data, site))),
    ...data.quotes.flatMap((q) => filesOf(paths.quote(q.id), quoteItem(q, data, site))),
  ];
}

/** Every citation the site publishes, article by article, each followed by its quotes. */
export function allCitationItems(data: SiteData, site: URL | undefined): CslItem[] {
  const day = accessed(data);
  const quotesOf = Map.groupBy(data.quotes, (q) => q.article);
  return data.articles.flatMap((a) => [
    articleCsl(a, site, day, currentEdition(a)),
    ...(quotesOf.get(a) ?? []).map((q) => quoteCsl(q, site, day, currentEdition(q))),
  ]);
}
