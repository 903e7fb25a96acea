import type { GlossaryKind } from '../schemas/glossary.ts';

/** How each kind of glossary entry is named on the site, in display order. */
export const KIND_LABELS: Record<GlossaryKind, string> = {
  person: 'People',
  place: 'Places',
  organisation: 'Organizations',
};

/** The singular, for an entry's own page. */
export const KIND_SINGULAR: Record<GlossaryKind, string> = {
  person: 'Person',
  place: 'Place',
  organisation: 'Organization',
};
