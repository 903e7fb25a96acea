import type { APIRoute } from 'astro';
import { getSiteData } from '../site/site-data.ts';
import { searchRecords } from '../search/records.ts';
import { DETAILED_ARTICLES_SETTING, detailedArticles, splitByAge } from '../search/archived-articles.ts';

/**
 * Build plumbing, not a public page: what the search indexes (records, and earlier
 * articles as pages), which the Pagefind integration indexes after the build and then
 * removes from `dist/`.
 */
export const GET: APIRoute = async () => {
  const data = await getSiteData();
  const input = splitByAge(
    searchRecords(data),
    data.articles.map((a) => a.url),
    detailedArticles(process.env[DETAILED_ARTICLES_SETTING]),
  );
  return new Response(JSON.stringify(input));
};
