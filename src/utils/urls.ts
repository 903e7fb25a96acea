/**
 * Every public address the site makes, in one place, so links and pages agree, and so
 * the site can live under a path of another site (`BASE_PATH=/annotated/`, Astro's `base`).
 *
 * `paths` are site paths, the identity of a page whatever the base (`/quotes/x/`): content
 * authors write these, and the link manifest and aliases are keyed by them. The `*Url`
 * helpers and `withBase` give the address to emit, with the base in front.
 */

/** The base path the site is built for, always ending in “/” (`/` or `/annotated/`). */
export const BASE: string = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** A site path (`/quotes/x/`, `/timeline/#id`) as an address under the base; anything else unchanged. */
export function withBase(path: string, base = BASE): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return `${base}${path.slice(1)}`;
}

/** An address under the base back to its site path; undefined when it is not under the base. */
export function sitePath(address: string, base = BASE): string | undefined {
  if (base === '/') return address;
  if (address === base.slice(0, -1)) return '/';
  return address.startsWith(base) ? `/${address.slice(base.length)}` : undefined;
}

/** The pages that are not an entry's: indexes, search, corrections, the data and feeds. */
export const SITE_PAGES = ['/', '/quotes/', '/glossary/', '/timeline/', '/search/', '/corrections/', '/data/', '/feed.xml', '/annotations.jsonld'] as const;

/** The site paths of each kind of page. */
export const paths = {
  article: (slug: string) => `/articles/${slug}/`,
  quote: (id: string) => `/quotes/${id}/`,
  glossaryEntry: (id: string) => `/glossary/${id}/`,
  event: (id: string) => `/timeline/#${id}`,
};

export const articleUrl = (slug: string) => withBase(paths.article(slug));
export const quoteUrl = (id: string) => withBase(paths.quote(id));
export const glossaryUrl = (id: string) => withBase(paths.glossaryEntry(id));
export const eventUrl = (id: string) => withBase(paths.event(id));
