import { isWordAt, normalizeText } from './normalize.ts';
import { occurrences } from './text-model.ts';

/** A W3C TextQuoteSelector: the exact words, and optional words just before and after. */
export interface TextQuote {
  exact: string;
  prefix?: string;
  suffix?: string;
}

/**
 * What may stand between a quote and its prefix or suffix without counting: spaces, quote
 * marks and punctuation. The same on both sides, so a prefix that ends in a comma and a
 * suffix that starts with one are both fine.
 */
const JOIN = String.raw`["'\s,.;:!?…—–-]*`;
const TRAILING_JOIN = new RegExp(`${JOIN}$`, 'u');
const LEADING_JOIN = new RegExp(`^${JOIN}`, 'u');

/** A selector's text as compared: normalized and trimmed. */
export const selectorText = (text: string) => normalizeText(text).trim();

/**
 * Where a quote's exact words occur in a normalized text, as [start, end) offsets: whole
 * words only (“afraid” is not in “unafraid”), and, when given, right after the prefix and
 * right before the suffix (spaces, quote marks and punctuation between are allowed).
 */
export function matchQuote(text: string, quote: TextQuote): { start: number; end: number }[] {
  const exact = selectorText(quote.exact);
  const prefix = quote.prefix ? selectorText(quote.prefix).replace(TRAILING_JOIN, '') : '';
  const suffix = quote.suffix ? selectorText(quote.suffix).replace(LEADING_JOIN, '') : '';
  return occurrences(text, exact)
    .map((start) => ({ start, end: start + exact.length }))
    .filter(({ start, end }) => {
      if (isWordAt(exact, 0) && isWordAt(text, start - 1)) return false;
      if (isWordAt(exact, exact.length - 1) && isWordAt(text, end)) return false;
      const before = text.slice(0, start).replace(TRAILING_JOIN, '');
      const after = text.slice(end).replace(LEADING_JOIN, '');
      return (!prefix || endsWithWords(before, prefix)) && (!suffix || startsWithWords(after, suffix));
    });
}

/** True when `text` ends with `words` as whole words ("she said" does not end with "he said"). */
function endsWithWords(text: string, words: string): boolean {
  return text.endsWith(words) && !(isWordAt(words, 0) && isWordAt(text, text.length - words.length - 1));
}

/** True when `text` starts with `words` as whole words. */
function startsWithWords(text: string, words: string): boolean {
  return text.startsWith(words) && !(isWordAt(words, words.length - 1) && isWordAt(text, words.length));
}
