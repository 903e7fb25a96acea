/**
 * Ids the page template puts on pages, listed once: the layout and components use these
 * constants, the content checks keep content from taking them, and the link manifest
 * leaves them out (they are plumbing, not places anyone links to).
 */
export const TEMPLATE_IDS = {
  /** The main landmark, target of the skip link (BaseLayout). */
  main: 'main',
  /** The table of contents' heading (TableOfContents). */
  tocTitle: 'toc-title',
  /** Old fragment ids of a page and where they went (BaseLayout, fragment-aliases script). */
  fragmentAliases: 'fragment-aliases',
  /** The article page's corrections (a link target of the corrections page). */
  articleCorrections: 'article-corrections',
  /**
   * The “Cite” section of article and quote pages (CiteThis): a heading's id, not a
   * published link target (a withdrawn quote's notice has none).
   */
  cite: 'cite',
} as const;

/** Ids the template puts on pages, which content must not claim. */
export const RESERVED_IDS: readonly string[] = Object.values(TEMPLATE_IDS);

/** Template ids that are plumbing, not link targets. */
const PLUMBING_IDS: readonly string[] = [TEMPLATE_IDS.main, TEMPLATE_IDS.tocTitle, TEMPLATE_IDS.fragmentAliases, TEMPLATE_IDS.cite];

/**
 * Prefixes of generated plumbing ids: the two search forms, the front
 * page's sections, each formatted citation of a Cite section.
 */
export const PLUMBING_PREFIXES = ['dialog-', 'page-', 'front-', 'cite-'] as const;

/** Whether an id on a page is a published link target. */
export function isPublishedId(id: string): boolean {
  return !PLUMBING_IDS.includes(id) && !PLUMBING_PREFIXES.some((p) => id.startsWith(p));
}
