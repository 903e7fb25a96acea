import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../../site/site-data.ts';
import { CITATION_FILES, quoteCitation, type CitationFormat } from '../../../citations/site-citations.ts';

/** A quote's citation as a file for reference managers: BibTeX, RIS or CSL-JSON. */
export const getStaticPaths = (async () => {
  const { quotes } = await getSiteData();
  return quotes.flatMap((quote) => Object.keys(CITATION_FILES).map((format) => ({ params: { id: quote.id, format } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const data = await getSiteData();
  const quote = data.quotes.find((q) => q.id === params.id)!;
  const file = CITATION_FILES[params.format as CitationFormat];
  return new Response(file.body([quoteCitation(quote, data, site).item]), { headers: { 'content-type': file.type } });
};
