import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../site/site-data.ts';
import { renderShareCard, type ShareCard } from '../../seo/share-card-image.ts';
import { shareCardPath, shareCards } from '../../seo/share-cards.ts';
import { SITE_NAME } from '../../core/site.ts';

/** A share card (Open Graph / Twitter image) for every page, drawn at build time. */
export const getStaticPaths: GetStaticPaths = async () => {
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
  new Response(new Uint8Array(await renderShareCard(props.card, SITE_NAME)), {
    headers: { 'content-type': 'image/png' },
  });
