/**
 * How text is compared everywhere in the pipeline: quote anchoring, quotation coverage,
 * mention matching, paragraph ids and the checks on notes all go through this one module.
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
