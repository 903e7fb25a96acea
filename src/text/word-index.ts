import { WORD_CLASS } from './normalize.ts';

const WORDS = new RegExp(`${WORD_CLASS}+`, 'gu');

/** The words of a text, as whole-word matching sees them: runs of letters, marks and digits. */
export const wordsOf = (text: string): string[] => text.match(WORDS) ?? [];

/**
 * Texts indexed by the words in them, so a phrase is looked for only in the texts that
 * hold its rarest word, not in every text: checking each note's quoted words against every
 * paragraph of every article grows with the square of an archive otherwise. The texts
 * must be normalized as the phrases will be (src/text/normalize.ts); the caller still
 * matches each candidate, since holding a phrase's words is not holding the phrase.
 */
export function wordIndex(texts: readonly string[]): (phrase: string) => readonly string[] {
  const holding = new Map<string, string[]>();
  for (const text of texts) {
    for (const word of new Set(wordsOf(text))) {
      const list = holding.get(word);
      if (list) list.push(text);
      else holding.set(word, [text]);
    }
  }
  // Whole-word matching means every word of a phrase is a whole word of a text that has
  // it; a phrase without words (punctuation alone) could be anywhere.
  return (phrase) => {
    const words = wordsOf(phrase);
    if (words.length === 0) return texts;
    let rarest: readonly string[] | undefined;
    for (const word of words) {
      const list = holding.get(word) ?? [];
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    return rarest!;
  };
}
