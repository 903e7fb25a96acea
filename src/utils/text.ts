/** Typographic quote marks and their straight equivalents. */
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

/**
 * Make two renderings of the same words comparable: straight quote marks for typographic
 * ones and single spaces for any run of whitespace. Every replaced character maps to one
 * character, so offsets into the result are offsets into the input (save for whitespace).
 */
export function normalizeText(text: string): string {
  return text.replace(/[\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F]/g, (c) => QUOTE_MARKS[c]!).replace(/\s+/g, ' ');
}

/** The first `count` words of a text, for labels and excerpts. */
export function firstWords(text: string, count: number): string {
  const words = text.trim().split(/\s+/);
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`;
}
