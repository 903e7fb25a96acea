import type { APIRoute } from 'astro';
import { getSiteData } from '../site/site-data.ts';
import { shareCardFile } from '../seo/share-card-image.ts';
import { shareCardPath, shareCards } from '../seo/share-cards.ts';
import { SITE_NAME } from '../core/site.ts';

/**
 * Build plumbing, not a public page: every share card's path on the site and its PNG in
 * the card cache (drawn here if no build has drawn it), which the written-files
 * integration copies into `dist/` after the build; this list is then removed.
 */
export const GET: APIRoute = async () => {
  const files: [path: string, cached: string][] = [];
  for (const [page, card] of shareCards(await getSiteData()))
    files.push([shareCardPath(page), await shareCardFile(card, SITE_NAME)]);
  return new Response(JSON.stringify(files));
};
