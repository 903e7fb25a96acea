import type { RSSOptions } from '@astrojs/rss';
import type { SiteData } from '../site/types.ts';
import { startOf } from '../core/dates.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../core/site.ts';
import { correctionLinks } from '../site/corrections.ts';
import { absoluteUrl, paths, withBase } from '../core/urls.ts';
import { pageDates } from '../site/page-dates.ts';

/**
 * How many items the feed carries: the newest articles and the newest corrections and
 * withdrawals; the archive is the site itself (/corrections/).
 */
export const FEED_ITEMS = { articles: 20, corrections: 50 };

/**
 * The RSS feed (`/feed.xml`): the newest annotated articles, corrections and withdrawn
 * entries (FEED_ITEMS), newest first, so a reader who follows the edition learns when a
 * note was corrected or taken back. Each item's link is its own (a correction's id on its
 * entry's page, or on the timeline for an event's, where the feed first linked it; a
 * withdrawn entry's notice), and the feed library makes it the item's `guid`: no two items
 * share one, so feed readers keep them all, and none changes.
 */
export function feedOptions(data: SiteData, site: URL | undefined): RSSOptions {
  // Links are absolute, so the feed library leaves them as they are (it would put a slash
  // after a fragment).
  const abs = (address: string) => absoluteUrl(address, site);
  const corrections = correctionLinks(data.corrections);
  const dates = pageDates(data);
  const newest = <T extends { pubDate: Date; title: string }>(list: T[], n: number) =>
    list.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title)).slice(0, n);
  const articles = data.articles.map((a) => {
    // When our words on the article page last changed (its dek, its quotes' notes).
    const modified = dates[a.url];
    return {
      title: a.entry.data.title,
      description: a.entry.data.dek,
      pubDate: a.entry.data.published,
      link: abs(a.url),
      ...(modified ? { customData: `<atom:updated>${modified}T00:00:00Z</atom:updated>` } : {}),
    };
  });
  const notices = [
    ...data.corrections.map((c, i) => ({
      title: `${c.view?.kind === 'clarification' ? 'Clarification' : 'Correction'}: ${c.entry.name}`,
      description: `${c.what} Why: ${c.why}${c.view ? ` The entry as it stood after: ${abs(withBase(paths.edition(c.entry.collection, c.entry.id, c.view.edition)))}` : ''}`,
      pubDate: startOf(c.date),
      link: abs(corrections[i]!.feed),
      categories: ['correction'],
    })),
    ...data.withdrawn.map((w) => ({
      title: `Withdrawn: ${w.name}`,
      description: `${w.withdrawn.why}${w.withdrawn.instead ? ` Instead, see ${abs(withBase(w.withdrawn.instead))}` : ''}`,
      pubDate: startOf(w.withdrawn.date),
      link: abs(w.url),
      categories: ['withdrawal'],
    })),
  ];
  const items = newest(
    [...newest(articles, FEED_ITEMS.articles), ...newest(notices, FEED_ITEMS.corrections)],
    Infinity,
  );
  // The channel's link is the site's front page, under its base.
  return {
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: abs(withBase('/')),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    items,
  };
}
