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
