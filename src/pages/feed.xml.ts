import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteData } from '../site/site-data.ts';
import { feedOptions } from '../open-data/feed.ts';

/** The RSS feed of the articles, every correction and every withdrawal (src/open-data/feed.ts). */
export const GET: APIRoute = async ({ site }) => rss(feedOptions(await getSiteData(), site));
