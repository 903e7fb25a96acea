import { SITE_NAME } from '../core/site.ts';

/**
 * Longest `<title>` we write. Long enough for the article's full headline, which is how
 * tabs, bookmarks and screen readers name the page; longer quotes are shortened.
 */
const MAX_TITLE = 100;

/**
 * The document title: “Page · Site” when it fits, else the page's own title, shortened at
 * a word boundary if need be. Share cards and headings keep the full title.
 */
export function documentTitle(title: string, site = SITE_NAME): string {
  if (title === site) return title;
  const full = `${title} · ${site}`;
  if (full.length <= MAX_TITLE) return full;
  if (title.length <= MAX_TITLE) return title;
  const cut = title.slice(0, MAX_TITLE - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,.;:–—-]+$/, '')}…`;
}
