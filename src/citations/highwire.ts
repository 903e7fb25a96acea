import type { Article } from '../site/types.ts';
import { isoOf } from '../core/dates.ts';
import { dayIn } from './csl.ts';

/** A `<meta name content>` pair. */
export type MetaTag = [name: string, content: string];

/**
 * The Highwire Press `citation_*` tags that Zotero's and Mendeley's page readers (and
 * Google Scholar) look for, describing the article as the work to cite: the same title,
 * authors, publisher and date as the page's Open Graph and JSON-LD, its address as
 * published (`citation_public_url`) and the address of its full text here. The date is
 * the day printed on the story, `YYYY/MM/DD`.
 */
export function highwireTags(article: Article, fullTextUrl: string): MetaTag[] {
  const data = article.entry.data;
  return [
    ['citation_title', data.title],
    ...data.authors.map((a): MetaTag => ['citation_author', a.name]),
    ['citation_publication_date', isoOf(dayIn(data.published)).replaceAll('-', '/')],
    ['citation_journal_title', data.source.name],
    ['citation_publisher', data.publisher],
    ['citation_language', 'en'],
    ['citation_public_url', data.source.url],
    ['citation_fulltext_html_url', fullTextUrl],
  ];
}
