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
} as const;

/** Ids every page may carry, which content must not claim. */
export const RESERVED_IDS: readonly string[] = Object.values(TEMPLATE_IDS);

/** Prefixes of generated plumbing ids: mention previews, the two search forms, the front page's sections. */
export const PLUMBING_PREFIXES = ['tip-', 'dialog-', 'page-', 'front-'] as const;

/** Whether an id on a page is a published link target. */
export function isPublishedId(id: string): boolean {
  return !RESERVED_IDS.includes(id) && !PLUMBING_PREFIXES.some((p) => id.startsWith(p));
}
