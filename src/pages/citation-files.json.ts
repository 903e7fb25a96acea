import type { APIRoute } from 'astro';
import { getSiteData } from '../site/site-data.ts';
import { citationFiles } from '../citations/site-citations.ts';

/**
 * Build plumbing, not a public page: every citation file, which the citation-files
 * integration writes into `dist/` after the build and then removes.
 */
export const GET: APIRoute = async ({ site }) => new Response(JSON.stringify(citationFiles(await getSiteData(), site)));
