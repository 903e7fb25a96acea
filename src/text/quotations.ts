import { normalizeText } from './normalize.ts';

/** A passage in quotation marks found in prose. */
export interface Quotation {
  /** The words inside the marks, normalized (straight quotes, single spaces). */
  text: string;
  /** Offset of the opening mark in the prose. */
  start: number;
  /** True for a quotation inside another one. */
  nested: boolean;
}

/** What a quotation's pairing found: the quotations, and marks left without a partner. */
export interface QuotationScan {
  quotations: Quotation[];
  /** A description of marks that do not pair up, or ''. */
  unbalanced: string;
}

/** Trailing punctuation that prints inside closing marks but is not part of the words. */
const TRAILING = /[\s,;:]+$/;

/** The words of a quotation as compared for coverage: no trailing comma or space. */
export function quotationKey(text: string): string {
  return normalizeText(text).replace(TRAILING, '').replace(/\.$/, '').trim();
}

/** What may stand before an opening straight mark: nothing, a space, a bracket, a dash or another mark. */
const OPENS_AFTER = /[\s([{\u2014\u2013\-/“‘"']/u;

/**
 * The double quotation marks of a text, each as opening or closing. Typographic marks say
 * which they are (“ „ « open, ” » close: the guillemets quote Russian and Ukrainian words in
 * our notes); a straight " opens at the start or after a space, bracket, dash or another
 * mark, and closes anywhere else. So mixed marks pair as written: “…" and "…” are
 * quotations too.
 */
function doubleMarks(prose: string): { at: number; opens: boolean }[] {
  const marks: { at: number; opens: boolean }[] = [];
  for (const m of prose.matchAll(/[“”„"«»]/g)) {
    const before = m.index === 0 ? '' : prose.charAt(m.index - 1);
    const opens = m[0] === '"' ? before === '' || OPENS_AFTER.test(before) : m[0] !== '”' && m[0] !== '»';
    marks.push({ at: m.index, opens });
  }
  return marks;
}

/** What may follow a closing single mark: anything but a letter or digit (“rock ’n’ roll” has none). */
const AFTER_CLOSE = String.raw`(?=[^\p{L}\p{M}\p{N}]|$)`;
const SINGLE = new RegExp(String.raw`(?:‘|(?<=^|[\s“"(\[{—–-])')(.+?)[’']${AFTER_CLOSE}`, 'gu');

/**
 * Every passage in double quotation marks, and every single-quoted passage inside one, in
 * reading order, with a description of any marks that do not pair up. Apostrophes are not
 * quotation marks: a single quotation opens with ‘ (or ' after a space, a double mark, a
 * bracket or a dash) and closes with ’ or ' before a non-letter.
 */
export function scanQuotations(prose: string): QuotationScan {
  const quotations: Quotation[] = [];
  const open: number[] = [];
  let strayClosing = 0;
  for (const mark of doubleMarks(prose)) {
    if (mark.opens) {
      open.push(mark.at);
      continue;
    }
    const start = open.pop();
    if (start === undefined) {
      strayClosing++;
      continue;
    }
    const inner = prose.slice(start + 1, mark.at);
    quotations.push({ text: normalizeText(inner), start, nested: open.length > 0 });
    for (const n of inner.matchAll(SINGLE))
      quotations.push({ text: normalizeText(n[1]!), start: start + 1 + n.index, nested: true });
  }
  const problems = [
    open.length > 0 ? `${open.length} opening mark${open.length > 1 ? 's' : ''} with no closing mark` : '',
    strayClosing > 0 ? `${strayClosing} closing mark${strayClosing > 1 ? 's' : ''} with no opening mark` : '',
  ].filter(Boolean);
  // Nested double quotations were found before their hosts; report in reading order.
  quotations.sort((a, b) => a.start - b.start);
  return { quotations, unbalanced: problems.join(' and ') };
}

/** Every quotation in a text: see scanQuotations. */
export function findQuotations(prose: string): Quotation[] {
  return scanQuotations(prose).quotations;
}
