import { firstSentence } from '../text/first-sentence.ts';

/**
 * The one-line preview of an entry, shown beside each linked mention: who a person is
 * (name and role), or what a place or organisation is (name and the first sentence of its
 * description). The entry's page, one click away, has the rest; kept short because the
 * article page carries one per linked mention.
 */
export function previewLine(name: string, role: string | undefined, description: string): string {
  return [name, role ?? firstSentence(description)].join(' · ');
}
