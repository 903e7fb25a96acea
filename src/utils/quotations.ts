import { normalizeText } from './text.ts';

/** A passage in quotation marks found in prose. */
export interface Quotation {
  /** The words inside the marks, normalized (straight quotes, single spaces). */
  text: string;
  /** Offset of the opening mark in the prose. */
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

/** What may follow a closing single mark: anything but a letter or digit (“rock ’n’ roll” has none). */
const AFTER_CLOSE = String.raw`(?=[^\p{L}\p{N}]|$)`;

/**
 * Every passage in double quotation marks (“…” or "…"), and every single-quoted passage
 * inside one, in reading order. Apostrophes are not quotation marks: a single quotation
 * opens with ‘ (or ' after a space or a double mark) and closes with ’ or ' before a
 * non-letter.
 */
export function findQuotations(prose: string): Quotation[] {
  const found: Quotation[] = [];
  for (const m of prose.matchAll(/[“"]([^“”"]+)[”"]/g)) {
    const inner = m[1]!;
    const start = m.index + 1;
    found.push({ text: normalizeText(inner), start: m.index, nested: false });
    const single = new RegExp(String.raw`(?:‘|(?<=^|[\s“"])')(.+?)[’']${AFTER_CLOSE}`, 'gu');
    for (const n of inner.matchAll(single)) found.push({ text: normalizeText(n[1]!), start: start + n.index, nested: true });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Quotation marks that do not pair up in a paragraph: an opening “ with no closing ” (or
 * the reverse), or an odd number of straight double marks. Returns a description, or ''.
 */
export function unbalancedMarks(prose: string): string {
  const open = (prose.match(/“/g) ?? []).length;
  const close = (prose.match(/”/g) ?? []).length;
  const straight = (prose.match(/"/g) ?? []).length;
  if (open !== close) return `${open} opening “ but ${close} closing ”`;
  if (straight % 2 === 1) return `an odd number (${straight}) of straight " marks`;
  return '';
}
