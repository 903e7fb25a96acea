import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData, type Article, type Quote } from '../site/site-data.ts';
import { articleItem, citationFile, quoteItem, type CitationFormat } from './site-citations.ts';

/*
 * The routes that serve an article's and a quote's citation files in `astro dev`. The build
 * writes the files in one pass (src/integrations/citation-files.ts), so there the routes
 * have no paths. One route file per format (`citation.bib.ts`…): with the extension written
 * in the file's name, the dev server serves `…/citation.bib` as the built site does; with
 * the format as a parameter it wanted a trailing slash, as the site's pages do.
 */

export function articleCitationRoute(format: CitationFormat) {
  const getStaticPaths = (async () => {
    if (!import.meta.env.DEV) return [];
    const { articles } = await getSiteData();
    return articles.map((article) => ({ params: { slug: article.slug }, props: { article } }));
  }) satisfies GetStaticPaths;
  const GET: APIRoute<{ article: Article }> = async ({ props, site }) =>
    citationFile(format, articleItem(props.article, await getSiteData(), site));
  return { getStaticPaths, GET };
}

export function quoteCitationRoute(format: CitationFormat) {
  const getStaticPaths = (async () => {
    if (!import.meta.env.DEV) return [];
    const { quotes } = await getSiteData();
    return quotes.map((quote) => ({ params: { id: quote.id }, props: { quote } }));
  }) satisfies GetStaticPaths;
  const GET: APIRoute<{ quote: Quote }> = async ({ props, site }) =>
    citationFile(format, quoteItem(props.quote, await getSiteData(), site));
  return { getStaticPaths, GET };
}
