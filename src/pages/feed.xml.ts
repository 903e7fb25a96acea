import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteData } from '../site/site-data.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../utils/site.ts';

/** An RSS feed of the annotated articles, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const { articles } = await getSiteData();
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: site!,
    items: articles.map((a) => ({
      title: a.entry.data.title,
      description: a.entry.data.dek,
      pubDate: a.entry.data.published,
      link: a.url,
    })),
  });
};
