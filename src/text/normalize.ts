/**
 * How text is compared everywhere: quote anchoring, quotation coverage, mention matching,
 * paragraph ids and the checks on notes at build time, and in the browser the search's
 * spellings and the passage links' text fragments, all go through this one module.
 */

/** The characters words are made of: letters, combining marks and digits. */
export const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** A source of regular expressions: the same class, for building patterns. */
export const WORD_CLASS = String.raw`[\p{L}\p{M}\p{N}]`;

/** Typographic quote marks and the straight mark each compares as. */
const QUOTE_MARKS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
};
const TYPOGRAPHIC = /[\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F]/g;

/** Straight quote marks for typographic ones, one for one (lengths do not change). */
export function straightenQuotes(text: string): string {
  return text.replace(TYPOGRAPHIC, (c) => QUOTE_MARKS[c]!);
}

/**
 * Make two renderings of the same words comparable: Unicode NFC (so a name typed with a
 * combining accent equals the precomposed one), straight quote marks for typographic
 * ones, and one space for any run of whitespace.
 */
export function normalizeText(text: string): string {
  return straightenQuotes(text.normalize('NFC')).replace(/\s+/g, ' ');
}

/** True when the character at `index` is part of a word (out of range is not). */
export function isWordAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && WORD_CHAR.test(text.charAt(index));
}

/** The first `count` words of a text, for labels and excerpts. */
export function firstWords(text: string, count: number): string {
  const words = text.trim().split(/\s+/);
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`;
}

/** The opening words of a block, to name it: its first words without leading quote marks. */
export function openingWords(text: string, count: number): string {
  return firstWords(text.replace(/^[\s"'“”‘]+/, ''), count);
}

/** A run of text split into user-perceived characters: a base character and its marks. */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

/** One character of normalized text and the stretch of the raw text it came from. */
export interface MappedChar {
  /** The character as printed (NFC; whitespace as one space). */
  printed: string;
  /** The same, compared (straight quote marks). */
  text: string;
  /** Offsets into the raw string: [start, end). */
  start: number;
  end: number;
}

/**
 * Normalize a raw string character by character and keep the way back: each character of
 * the result knows the stretch of the raw string it came from, so a match found in the
 * normalized text can be wrapped in the tree without changing the text. A base character
 * and its combining marks stay together. `afterSpace` says whether the text before this
 * string already ends in a space (whitespace runs collapse across strings too).
 */
export function mapNormalized(raw: string, afterSpace = false): MappedChar[] {
  return PLAIN.test(raw) && raw.normalize('NFC') === raw ? mapPlain(raw, afterSpace) : mapClusters(raw, afterSpace);
}

/**
 * Text with no combining marks and no characters beyond the Basic Multilingual Plane: each
 * UTF-16 unit is a character of its own (the common case, English prose).
 */
const PLAIN = /^[^\p{M}\u{10000}-\u{10FFFF}\uD800-\uDFFF]*$/u;

const WHITESPACE = /\s/;

/**
 * mapNormalized for plain text (and already NFC): the same result as mapClusters, unit by
 * unit rather than through a regular expression per character, which was most of the
 * cost of reading an article's text.
 */
function mapPlain(raw: string, afterSpace: boolean): MappedChar[] {
  const out: MappedChar[] = [];
  let space = afterSpace;
  for (let start = 0; start < raw.length; start++) {
    const c = raw[start]!;
    if (c === ' ' || WHITESPACE.test(c)) {
      if (space) {
        const last = out.at(-1);
        if (last) last.end = start + 1;
        continue;
      }
      out.push({ printed: ' ', text: ' ', start, end: start + 1 });
      space = true;
      continue;
    }
    out.push({ printed: c, text: QUOTE_MARKS[c] ?? c, start, end: start + 1 });
    space = false;
  }
  return out;
}

/** mapNormalized for any text: cluster by cluster, each normalized on its own. */
export function mapClusters(raw: string, afterSpace = false): MappedChar[] {
  const out: MappedChar[] = [];
  let space = afterSpace;
  for (const m of raw.matchAll(CLUSTER)) {
    const start = m.index;
    const end = start + m[0].length;
    if (/^\s+$/.test(m[0])) {
      if (space) {
        // Fold this whitespace into the space already emitted, so wrapping keeps it whole.
        const last = out.at(-1);
        if (last) last.end = end;
        continue;
      }
      out.push({ printed: ' ', text: ' ', start, end });
      space = true;
      continue;
    }
    // One entry per UTF-16 unit, so offsets into the joined text are indexes into this list.
    const nfc = m[0].normalize('NFC');
    for (let i = 0; i < nfc.length; i++) out.push({ printed: nfc[i]!, text: straightenQuotes(nfc[i]!), start, end });
    space = false;
  }
  return out;
}

/** A folded string and, for each of its UTF-16 units, the [start, end) of the original it came from. */
export interface Folded {
  text: string;
  from: [number, number][];
}

/**
 * Text folded the way browsers compare a text fragment and the way search compares
 * spellings: without accents (a base letter and its combining marks fold to the letter),
 * in lower case, with straight apostrophes; each character mapped back to the stretch of
 * the original it came from, so a match in the folded text is a stretch of the original.
 */
export function foldMapped(text: string): Folded {
  let out = '';
  const from: [number, number][] = [];
  for (const m of text.matchAll(CLUSTER)) {
    const folded = m[0].normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[‘’]/g, "'");
    out += folded;
    for (let i = 0; i < folded.length; i++) from.push([m.index, m.index + m[0].length]);
  }
  return { text: out, from };
}

/** Text folded for comparison (see foldMapped). */
export const fold = (text: string): string => foldMapped(text).text;
