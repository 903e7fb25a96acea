import { normalizeText } from './text.ts';

/** A passage in quotation marks found in prose. */
export interface Quotation {
  /** The words inside the marks, normalized (straight quotes, single spaces). */
  text: string;
  /** Offset of the first word inside the marks, in the normalized text. */
  start: number;
  /** True for a quotation inside another one (single marks). */
  nested: boolean;
}

/** Trailing punctuation that prints inside closing marks but is not part of the words. */
const TRAILING = /[\s,;:]+$/;

/** The words of a quotation as compared for coverage: no trailing comma or space. */
export function quotationKey(text: string): string {
  return normalizeText(text).replace(TRAILING, '').replace(/\.$/, '').trim();
}

/**
 * Every passage in double quotation marks, and every single-quoted passage inside one,
 * in reading order. Apostrophes are not quotation marks: a single mark opens only after a
 * space or a double mark, and closes only before a space, punctuation or the end.
 */
export function findQuotations(prose: string): Quotation[] {
  const text = normalizeText(prose);
  const found: Quotation[] = [];
  const double = /"([^"]+)"/g;
  for (const m of text.matchAll(double)) {
    const start = m.index + 1;
    found.push({ text: m[1]!, start, nested: false });
    const single = /(?<=^|[\s"])'(.+?)'(?=[\s,.;:!?"]|$)/g;
    for (const n of m[1]!.matchAll(single)) {
      found.push({ text: n[1]!, start: start + n.index + 1, nested: true });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
