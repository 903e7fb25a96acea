import type { APIRoute } from 'astro';
import { getSiteData } from '../site/site-data.ts';
import { searchRecords } from '../search/records.ts';

/**
 * Build plumbing, not a public page: the search records, which the Pagefind integration
 * indexes after the build and then removes from `dist/`.
 */
export const GET: APIRoute = async () => new Response(JSON.stringify(searchRecords(await getSiteData())));
