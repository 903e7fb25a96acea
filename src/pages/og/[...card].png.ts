import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../site/site-data.ts';
import { DEFAULT_CARD_CACHE, renderShareCard, type ShareCard } from '../../seo/share-card-image.ts';
import { shareCardPath, shareCards } from '../../seo/share-cards.ts';
import { SITE_NAME } from '../../core/site.ts';

/** A share card (Open Graph / Twitter image) for every page, in `astro dev`. */
export const getStaticPaths: GetStaticPaths = async () => {
  // The build writes the cards in one pass (src/integrations/share-card-files.ts); only
  // the dev server serves them from here.
  if (!import.meta.env.DEV) return [];
  const cards = shareCards(await getSiteData());
  return [...cards].map(([page, card]) => ({
    params: {
      card: shareCardPath(page)
        .replace(/^\/og\//, '')
        .replace(/\.png$/, ''),
    },
    props: { card },
  }));
};

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
  new Response(
    new Uint8Array(
      await renderShareCard(props.card, SITE_NAME, import.meta.env.SHARE_CARD_CACHE ?? DEFAULT_CARD_CACHE),
    ),
    { headers: { 'content-type': 'image/png' } },
  );
