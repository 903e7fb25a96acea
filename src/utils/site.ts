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
  { href: '/', label: 'Home' },
  { href: '/quotes/', label: 'Quotes' },
  { href: '/glossary/', label: 'People & places' },
  { href: '/timeline/', label: 'Timeline' },
];

/** An absolute URL on this site, for canonical links and share cards. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(path, site ?? 'http://localhost:4321').href;
}
