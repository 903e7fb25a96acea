/**
 * The first sentence of a text. A full stop ends it only before a capital letter, and not
 * after a one-letter abbreviation, so “the U.S. president” and “U.S. President” do not.
 */
export function firstSentence(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  const end = /(?<![\s.][A-Z])[.!?](?=\s+["“‘(]?[A-Z]|$)/.exec(t);
  return end ? t.slice(0, end.index + 1) : t;
}
