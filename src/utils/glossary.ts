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

/**
 * The first sentence of a text. A full stop ends it only before a capital letter, and not
 * after a one-letter abbreviation, so “the U.S. president” and “U.S. President” do not.
 */
export function firstSentence(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  const end = /(?<![\s.][A-Z])[.!?](?=\s+["“‘(]?[A-Z]|$)/.exec(t);
  return end ? t.slice(0, end.index + 1) : t;
}

/**
 * The one-line preview of an entry, shown beside each linked mention: who a person is
 * (name and role), or what a place or organisation is (name and the first sentence of its
 * description). The entry's page, one click away, has the rest; kept short because the
 * article page carries one per linked mention.
 */
export function previewLine(name: string, role: string | undefined, description: string): string {
  return [name, role ?? firstSentence(description)].join(' · ');
}
