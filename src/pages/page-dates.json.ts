import type { APIRoute } from 'astro';
import { getSiteData } from '../site/site-data.ts';
import { pageDates } from '../site/page-dates.ts';

/**
 * The day each corrected page last changed, for src/integrations/sitemap-dates.ts, which
 * writes them into the sitemap as `<lastmod>` and removes this file: build plumbing.
 */
export const GET: APIRoute = async () => new Response(JSON.stringify(pageDates(await getSiteData())));
