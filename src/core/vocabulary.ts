/**
 * The site's vocabulary: the kinds of things it knows and the words it uses for them,
 * listed once. The content schemas take their allowed values from here, and every page,
 * the search and the chart take their labels from here.
 */

/** What a glossary entry can be. */
export const GLOSSARY_KINDS = ['person', 'place', 'organisation'] as const;
export type GlossaryKind = (typeof GLOSSARY_KINDS)[number];

/** How each kind of glossary entry is named: the heading of a group, and one entry. */
export const GLOSSARY_KIND_LABELS: Record<GlossaryKind, { plural: string; singular: string }> = {
  person: { plural: 'People', singular: 'Person' },
  place: { plural: 'Places', singular: 'Place' },
  organisation: { plural: 'Organizations', singular: 'Organization' },
};

/** What kind of spelling another spelling of a name is. */
export const SPELLING_KINDS = ['romanisation', 'original', 'plain'] as const;

/** The occasions words are said on. */
export const OCCASIONS = ['interview', 'remarks', 'statement', 'press-conference', 'social-media'] as const;

/** What kind of event a timeline entry is. */
export const EVENT_KINDS = ['summit', 'talks', 'meeting', 'statement', 'war', 'politics'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Whether an event took place. */
export const EVENT_STATUSES = ['held', 'proposed', 'declined'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** How each kind of event is named on the site. */
export const EVENT_KIND_LABELS: Record<EventKind, { singular: string; plural: string }> = {
  summit: { singular: 'Summit', plural: 'Summits' },
  talks: { singular: 'Talks', plural: 'Talks' },
  meeting: { singular: 'Meeting', plural: 'Meetings' },
  statement: { singular: 'Statement', plural: 'Statements' },
  war: { singular: 'War', plural: 'War' },
  politics: { singular: 'Politics', plural: 'Politics' },
};

export const STATUS_LABELS: Record<EventStatus, string> = {
  held: 'Held',
  proposed: 'Proposed, not held',
  declined: 'Declined',
};

/**
 * What a change to published words is (the corrections policy, /corrections/policy/, says
 * which is which): a correction fixes an error of fact or attribution; a clarification
 * makes accurate words clearer or better sourced without changing what they state.
 */
export const CORRECTION_KINDS = ['correction', 'clarification'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/** The collections of content, and how the corrections page names each. */
export const COLLECTION_LABELS = {
  articles: 'Article',
  quotes: 'Quote',
  glossary: 'People & places',
  timeline: 'Timeline',
} as const;

/** The kinds a reader can filter search results by: each glossary kind, and the rest. */
export const SEARCH_KINDS = ['section', 'quote', ...GLOSSARY_KINDS, 'event'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** How search names each kind: the filter (plural) and one result (singular). */
export const SEARCH_KIND_LABELS: Record<SearchKind, { plural: string; singular: string }> = {
  section: { plural: 'Article text', singular: 'Article text' },
  quote: { plural: 'Quotes', singular: 'Quote' },
  ...GLOSSARY_KIND_LABELS,
  event: { plural: 'Timeline events', singular: 'Timeline event' },
};
