import type { Article, Quote, SiteData } from '../site/types.ts';
import type { PartialDate } from '../core/dates.ts';
import { CSL_JSON_TYPE, MEDIA_TYPES } from '../core/media-types.ts';
import { articleUrl, quoteUrl } from '../core/urls.ts';
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

type CitationFormat = keyof typeof CITATION_FILES;

/** The addresses of a page's citation files: `citation.bib`, `.ris` and `.json` under the page. */
function files(pageUrl: string, name: string): PageCitation['files'] {
  return { bib: `${pageUrl}citation.bib`, ris: `${pageUrl}citation.ris`, json: `${pageUrl}citation.json`, name };
}

/** The edition a page cites: the one it shows, or, on a corrected entry's page, the current one. */
const currentEdition = (entry: { history: { editions: readonly CitedEdition[] } }) => entry.history.editions.at(-1);

/** The article as an item to cite (no formatting: the citation files need only this). */
export function articleItem(article: Article, data: SiteData, site: URL | undefined): CslItem {
  return articleCsl(article, site, accessedDate(data), currentEdition(article));
}

/** A quote as an item to cite: the article, read at the quote's words. */
export function quoteItem(quote: Quote, data: SiteData, site: URL | undefined): CslItem {
  return quoteCsl(quote, site, accessedDate(data), currentEdition(quote));
}

/** The article's citation, naming the edition of our notes shown (the current one by default). */
export function articleCitation(
  article: Article,
  data: SiteData,
  site: URL | undefined,
  edition = currentEdition(article),
): PageCitation {
  const accessed = accessedDate(data);
  const item = articleCsl(article, site, accessed, edition);
  return { item, citations: formatCitations(item), files: files(articleUrl(article.slug), article.slug), accessed };
}

/** A quote's citation: the article, the speaker “quoted in” it, read at the quote's words, in the edition shown. */
export function quoteCitation(
  quote: Quote,
  data: SiteData,
  site: URL | undefined,
  edition = currentEdition(quote),
): PageCitation {
  const accessed = accessedDate(data);
  const item = quoteCsl(quote, site, accessed, edition);
  return {
    item,
    citations: formatCitations(item, cslSpeaker(quote.speaker)),
    files: files(quoteUrl(quote.id), quote.id),
    accessed,
  };
}

/** One citation file (`citation.bib`, `.ris` or `.json`): the item in that format, with its type. */
export function citationFile(format: string | undefined, item: CslItem): Response {
  const file = CITATION_FILES[format as CitationFormat];
  return new Response(file.body([item]), { headers: { 'content-type': file.type } });
}

/** Every citation the site publishes, article by article, each followed by its quotes. */
export function allCitationItems(data: SiteData, site: URL | undefined): CslItem[] {
  const accessed = accessedDate(data);
  return data.articles.flatMap((a) => [
    articleCsl(a, site, accessed, currentEdition(a)),
    ...data.quotes.filter((q) => q.article === a).map((q) => quoteCsl(q, site, accessed, currentEdition(q))),
  ]);
}
