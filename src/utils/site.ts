import { withBase } from './urls.ts';

/** Site-wide names and the navigation, kept in one place so every page agrees. */
export const SITE_NAME = 'Putin, Zelensky and the summit question';
export const SITE_DESCRIPTION =
  'An annotated reading of a Wall Street Journal analysis: every quote explained, every name and meeting linked, everything searchable.';

export interface NavItem {
  href: string;
  label: string;
}

/** The ways into the site. A page is listed here only once it exists. */
export const NAV: NavItem[] = [
  { href: withBase('/'), label: 'Home' },
  { href: withBase('/quotes/'), label: 'Quotes' },
  { href: withBase('/glossary/'), label: 'People & places' },
  { href: withBase('/timeline/'), label: 'Timeline' },
];

/**
 * An absolute URL on this site, for canonical links, share cards and data exports: an
 * address (already under the base, as the `*Url` helpers and `Astro.url` give it) on the
 * site's origin.
 */
export function absoluteUrl(address: string, site: URL | undefined): string {
  return new URL(address, site ?? 'http://localhost:4321').href;
}

/**
 * Longest `<title>` we write. Long enough for the article's full headline, which is how
 * tabs, bookmarks and screen readers name the page; longer quotes are shortened.
 */
export const MAX_TITLE = 100;

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
