import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteData } from '../site/site-data.ts';
import { withBase } from '../utils/urls.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../utils/site.ts';

/**
 * An RSS feed of the annotated articles and of every correction to them, newest first, so
 * a reader who follows the edition learns when a note was corrected.
 */
export const GET: APIRoute = async ({ site }) => {
  const { articles, corrections } = await getSiteData();
  const items = [
    ...articles.map((a) => ({
      title: a.entry.data.title,
      description: a.entry.data.dek,
      pubDate: a.entry.data.published,
      link: new URL(a.url, site).href,
    })),
    ...corrections.map((c) => ({
      title: `Correction: ${c.entry.name}`,
      description: `${c.what} Why: ${c.why}`,
      pubDate: new Date(Date.UTC(c.date.year, (c.date.month ?? 1) - 1, c.date.day ?? 1)),
      link: new URL(c.entry.url, site).href,
      categories: ['correction'],
    })),
  ].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title));
  // The channel's link is the site's front page, under its base.
  // Links are absolute, so the feed library leaves them as they are (it would put a slash
  // after a fragment).
  return rss({ title: SITE_NAME, description: SITE_DESCRIPTION, site: new URL(withBase('/'), site).href, items });
};
