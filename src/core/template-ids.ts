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
  /** Old fragment ids of a page and where they lead now (BaseLayout, the moved-fragments script). */
  movedFragments: 'moved-fragments',
  /** The article page's corrections (a link target of the corrections page). */
  articleCorrections: 'article-corrections',
  /**
   * The “Cite” section of article and quote pages (CiteThis): a heading's id, not a
   * published link target (a withdrawn quote's notice has none).
   */
  cite: 'cite',
  /** The corrections list of a quote or glossary page (Corrections). */
  entryCorrections: 'corrections',
  /** The “Report an error” link of a page, with the address template for its passages (ReportError). */
  reportError: 'report-error',
  /** A withdrawn entry's notice, where links to the parts its page no longer has land. */
  withdrawnNotice: 'withdrawn',
  /** A quote page's words as spoken (components/AsSpoken.astro), linked from its note in the article. */
  asSpoken: 'as-spoken',
  /** The timeline's list of withdrawn events. */
  withdrawnEvents: 'withdrawn-events',
} as const;

/** The header's search dialog form on every page (SearchForm with the prefix `dialog`). */
const DIALOG_IDS = ['dialog-q', 'dialog-person', 'dialog-keys'];

/** The timeline's heading for a year. */
export const yearMarkerId = (year: number) => `year-${year}`;
/** The corrections list of one event on the timeline. */
export const eventCorrectionsId = (event: string) => `${event}-corrections`;

/** Ids the template puts on every page and on article pages, which content must not claim. */
export const RESERVED_IDS: readonly string[] = [...Object.values(TEMPLATE_IDS), ...DIALOG_IDS];

/**
 * Ids the template puts on the timeline page beside the events' own: year markers and
 * each event's corrections list, given the events' ids and years.
 */
export function timelineTemplateIds(events: readonly { id: string; year: number }[]): Set<string> {
  return new Set([
    ...RESERVED_IDS,
    ...events.map((e) => yearMarkerId(e.year)),
    ...events.map((e) => eventCorrectionsId(e.id)),
  ]);
}

/** Template ids that are plumbing, not link targets. */
const PLUMBING_IDS: readonly string[] = [
  TEMPLATE_IDS.main,
  TEMPLATE_IDS.tocTitle,
  TEMPLATE_IDS.movedFragments,
  TEMPLATE_IDS.cite,
  TEMPLATE_IDS.reportError,
];

/**
 * Prefixes of generated plumbing ids: the two search forms, the front
 * page's sections, each formatted citation of a Cite section.
 */
export const PLUMBING_PREFIXES = ['dialog-', 'page-', 'front-', 'cite-'] as const;

/** Whether an id on a page is a published link target. */
export function isPublishedId(id: string): boolean {
  return !PLUMBING_IDS.includes(id) && !PLUMBING_PREFIXES.some((p) => id.startsWith(p));
}
