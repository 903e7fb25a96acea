import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData, type Quote } from '../../../site/site-data.ts';
import { CITATION_FILES, citationFile, quoteItem } from '../../../citations/site-citations.ts';

/** A quote's citation as a file for reference managers: BibTeX, RIS or CSL-JSON, in `astro dev`. */
export const getStaticPaths = (async () => {
  // The build writes these files in one pass (src/integrations/citation-files.ts); only
  // the dev server serves them from here.
  if (!import.meta.env.DEV) return [];
  const { quotes } = await getSiteData();
  return quotes.flatMap((quote) =>
    Object.keys(CITATION_FILES).map((format) => ({ params: { id: quote.id, format }, props: { quote } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ quote: Quote }> = async ({ params, props, site }) =>
  citationFile(params.format, quoteItem(props.quote, await getSiteData(), site));
