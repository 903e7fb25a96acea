import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData, type SiteData } from '../site/site-data.ts';
import { articleItem, citationFile, quoteItem, type CitationFormat } from './site-citations.ts';
import type { CslItem } from './csl.ts';

/*
 * The routes that serve an article's and a quote's citation files in `astro dev`. The build
 * writes the files in one pass (src/integrations/citation-files.ts), so there the routes
 * have no paths. One route file per format (`citation.bib.ts`…): with the extension written
 * in the file's name, the dev server serves `…/citation.bib` as the built site does; with
 * the format as a parameter it wanted a trailing slash, as the site's pages do.
 */

/** A citation file route: the pages it is under, by params, and the item each cites. */
function citationRoute<Page>(
  format: CitationFormat,
  pages: (data: SiteData) => { params: Record<string, string>; page: Page }[],
  item: (page: Page, data: SiteData, site: URL | undefined) => CslItem,
) {
  const getStaticPaths = (async () => {
    if (!import.meta.env.DEV) return [];
    return pages(await getSiteData()).map(({ params, page }) => ({ params, props: { page } }));
  }) satisfies GetStaticPaths;
  const GET: APIRoute<{ page: Page }> = async ({ props, site }) =>
    citationFile(format, item(props.page, await getSiteData(), site));
  return { getStaticPaths, GET };
}

export const articleCitationRoute = (format: CitationFormat) =>
  citationRoute(format, (data) => data.articles.map((a) => ({ params: { slug: a.slug }, page: a })), articleItem);

export const quoteCitationRoute = (format: CitationFormat) =>
  citationRoute(format, (data) => data.quotes.map((q) => ({ params: { id: q.id }, page: q })), quoteItem);
