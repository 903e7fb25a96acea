import type { Article, Quote, SiteData } from '../site/types.ts';
import { articleUrl, quoteUrl } from '../utils/urls.ts';
import { accessedDate, articleCsl, cslName, quoteCsl, type CslItem } from './csl.ts';
import { formatCitations, toBibtex, toCslJson, toRis, type StyledCitations } from './format.ts';

/** What a page's Cite section shows: the item, its formatted citations and its files. */
export interface PageCitation {
  item: CslItem;
  citations: StyledCitations[];
  files: { bib: string; ris: string; json: string; name: string };
}

/** The formats a citation is downloadable in, by file extension. */
export const CITATION_FILES = {
  bib: { type: 'application/x-bibtex; charset=utf-8', body: toBibtex },
  ris: { type: 'application/x-research-info-systems; charset=utf-8', body: toRis },
  json: { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', body: toCslJson },
} as const;

export type CitationFormat = keyof typeof CITATION_FILES;

/** The addresses of a page's citation files: `citation.bib`, `.ris` and `.json` under the page. */
function files(pageUrl: string, name: string): PageCitation['files'] {
  return { bib: `${pageUrl}citation.bib`, ris: `${pageUrl}citation.ris`, json: `${pageUrl}citation.json`, name };
}

/** The article's citation. */
export function articleCitation(article: Article, data: SiteData, site: URL | undefined): PageCitation {
  const item = articleCsl(article, site, accessedDate(data));
  return { item, citations: formatCitations(item), files: files(articleUrl(article.slug), article.slug) };
}

/** A quote's citation: the article, the speaker “quoted in” it, read at the quote's words. */
export function quoteCitation(quote: Quote, data: SiteData, site: URL | undefined): PageCitation {
  const item = quoteCsl(quote, site, accessedDate(data));
  return { item, citations: formatCitations(item, cslName(quote.speaker.data.name)), files: files(quoteUrl(quote.id), quote.id) };
}

/** Every citation the site publishes, article by article, each followed by its quotes. */
export function allCitationItems(data: SiteData, site: URL | undefined): CslItem[] {
  const accessed = accessedDate(data);
  return data.articles.flatMap((a) => [articleCsl(a, site, accessed), ...data.quotes.filter((q) => q.article === a).map((q) => quoteCsl(q, site, accessed))]);
}
