import type { Article } from './articles.ts';
import { absoluteUrl } from './site.ts';

/** schema.org `NewsArticle` for an article page, pointing back to the original. */
export function newsArticleJsonLd(article: Article, site: URL | undefined): Record<string, unknown> {
  const data = article.entry.data;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: data.title,
    description: data.dek,
    datePublished: data.published.toISOString(),
    author: data.authors.map((a) => ({ '@type': 'Person', name: a.name })),
    publisher: { '@type': 'Organization', name: data.publisher },
    isBasedOn: data.source.url,
    url: absoluteUrl(article.url, site),
    mainEntityOfPage: absoluteUrl(article.url, site),
  };
}
