import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../../site/site-data.ts';
import { articleCitation, CITATION_FILES, type CitationFormat } from '../../../citations/site-citations.ts';

/** The article's citation as a file for reference managers: BibTeX, RIS or CSL-JSON. */
export const getStaticPaths = (async () => {
  const { articles } = await getSiteData();
  return articles.flatMap((article) => Object.keys(CITATION_FILES).map((format) => ({ params: { slug: article.slug, format } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const data = await getSiteData();
  const article = data.articles.find((a) => a.slug === params.slug)!;
  const file = CITATION_FILES[params.format as CitationFormat];
  return new Response(file.body([articleCitation(article, data, site).item]), { headers: { 'content-type': file.type } });
};
