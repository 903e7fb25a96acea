/** Language names and quotation marks, for the words we show in the language they were written or spoken in. */

const names = new Intl.DisplayNames(['en'], { type: 'language' });

/** A language's English name (“Russian” for `ru`); `und` (undetermined) is “not known”. */
export function languageName(code: string): string {
  return code === 'und' ? 'not known' : (names.of(code) ?? code);
}

/**
 * The quotation marks each language opens and closes a quotation with, from the Unicode
 * CLDR (`delimiters.quotationStart`/`quotationEnd`) for the languages our records are in.
 */
const MARKS: Record<string, readonly [string, string]> = {
  en: ['“', '”'],
  be: ['«', '»'],
  de: ['„', '“'],
  fr: ['«\u202F', '\u202F»'],
  it: ['«', '»'],
  pl: ['„', '”'],
  ru: ['«', '»'],
  tr: ['“', '”'],
  uk: ['«', '»'],
};

/** Words in the quotation marks of their language (English marks for one not listed). */
export function quotedIn(language: string, text: string): string {
  const [open, close] = MARKS[language.split('-')[0]!] ?? MARKS.en!;
  return `${open}${text}${close}`;
}

/** A run of a note's text, with the language of the words it quotes in guillemets, where known. */
export interface LanguageRun {
  text: string;
  language?: string;
}

/**
 * A note of ours split so the words it quotes in «guillemets» (a speaker's or a record's
 * words, in their own language) can carry `lang`, and a screen reader reads them in that
 * language's voice. `languageOf` tells the language of quoted words (from the record that
 * holds them), or undefined.
 */
export function languageRuns(text: string, languageOf: (quoted: string) => string | undefined): LanguageRun[] {
  const runs: LanguageRun[] = [];
  let at = 0;
  for (const m of text.matchAll(/«([^«»]*)»/g)) {
    const language = languageOf(m[1]!);
    if (!language) continue;
    if (m.index > at) runs.push({ text: text.slice(at, m.index) });
    runs.push({ text: m[0], language });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
