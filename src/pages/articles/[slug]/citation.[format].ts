import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData, type Article } from '../../../site/site-data.ts';
import { articleItem, CITATION_FILES, citationFile } from '../../../citations/site-citations.ts';

/** The article's citation as a file for reference managers: BibTeX, RIS or CSL-JSON, in `astro dev`. */
export const getStaticPaths = (async () => {
  // The build writes these files in one pass (src/integrations/citation-files.ts); only
  // the dev server serves them from here.
  if (!import.meta.env.DEV) return [];
  const { articles } = await getSiteData();
  return articles.flatMap((article) =>
    Object.keys(CITATION_FILES).map((format) => ({ params: { slug: article.slug, format }, props: { article } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = async ({ params, props, site }) =>
  citationFile(params.format, articleItem(props.article, await getSiteData(), site));
