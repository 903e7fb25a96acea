import type { APIRoute } from 'astro';
import { getSiteData } from '../site/site-data.ts';
import { shareCardPath, shareCards } from '../seo/share-cards.ts';

/**
 * Build plumbing, not a public page: every share card, as its file and what it says, which
 * the share-card-files integration draws (or takes from its cache) into `dist/` after the
 * build and then removes.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify([...shareCards(await getSiteData())].map(([page, card]) => [shareCardPath(page), card])));
