/**
 * Every public address the site makes, in one place, so links and pages agree, and so
 * the site can live under a path of another site (`BASE_PATH=/annotated/`, Astro's `base`).
 *
 * `paths` are site paths, the identity of a page whatever the base (`/quotes/x/`): content
 * authors write these, and the link manifest and moved links are keyed by them. The `*Url`
 * helpers and `withBase` give the address to emit, with the base in front.
 */

/** A base path as the site uses it: always ending in “/” (`/`, `/annotated/`). */
export function normalizeBase(base: string | undefined): string {
  return (base || '/').replace(/\/?$/, '/');
}

/** The base path the site is built for (`/` or `/annotated/`). */
export const BASE: string = normalizeBase(import.meta.env?.BASE_URL);

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

/** The site paths of each kind of page. */
export const paths = {
  article: (slug: string) => `/articles/${slug}/`,
  quote: (id: string) => `/quotes/${id}/`,
  glossaryEntry: (id: string) => `/glossary/${id}/`,
  /** An event in its place on the timeline, where links to it land. */
  event: (id: string) => `/timeline/#${id}`,
  /** An event's own page: the event with its sources and corrections in full. */
  eventPage: (id: string) => `/timeline/${id}/`,
  /** Edition `n` of a corrected entry: `/quotes/<id>/editions/2/`, `/timeline/<id>/editions/2/`. */
  edition: (collection: 'articles' | 'quotes' | 'glossary' | 'timeline', id: string, n: number) =>
    `/${collection}/${id}/editions/${n}/`,
  /** The corrections of one kind of site-wide entry (`/corrections/glossary/`), or of one article and its quotes. */
  corrections: (group: 'glossary' | 'timeline' | { article: string }) =>
    typeof group === 'string' ? `/corrections/${group}/` : `/corrections/articles/${group.article}/`,
};

export const articleUrl = (slug: string) => withBase(paths.article(slug));
export const quoteUrl = (id: string) => withBase(paths.quote(id));
export const glossaryUrl = (id: string) => withBase(paths.glossaryEntry(id));
export const eventUrl = (id: string) => withBase(paths.event(id));
export const eventPageUrl = (id: string) => withBase(paths.eventPage(id));

/**
 * An absolute URL on this site, for canonical links, share cards and data exports: an
 * address (already under the base, as the `*Url` helpers and `Astro.url` give it) on the
 * site's origin.
 */
export function absoluteUrl(address: string, site: URL | undefined): string {
  return new URL(address, site ?? 'http://localhost:4321').href;
}

/**
 * HTML rendered from our Markdown with its site links (`href="/glossary/x/"`, already under
 * the base) made absolute, for data published to be read elsewhere.
 */
export function absoluteLinks(html: string, site: URL | undefined): string {
  return html.replace(/href="(\/[^"]*)"/g, (_, path: string) => `href="${absoluteUrl(path, site)}"`);
}
