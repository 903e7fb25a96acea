import { languageName, languageRuns, quotedIn, type LanguageRun } from '../core/languages.ts';
import { normalizeText } from '../text/normalize.ts';
import { formatDateSpan } from '../core/dates.ts';
import type { Spoken } from '../schemas/spoken.ts';

/** The speaker's own words behind a translated quote, as every view shows them. */
export interface SpokenView {
  /** The language's code (`lang`) and English name. */
  language: string;
  languageName: string;
  /** “As spoken, in Russian”; “As spoken, in Ukrainian: not found”; “As spoken: language not known”. */
  heading: string;
  original?: {
    text: string;
    /** In the quotation marks of its language. */
    quoted: string;
    /** The words of the quote these render, when they render only part of it. */
    part?: string;
    gloss: string;
    /** The translation note, its quoted words marked with their language. */
    note?: LanguageRun[];
    /** Who reported the words, and where. */
    reportedBy: string;
    url: string;
    published?: string;
  };
  notFound?: LanguageRun[];
}

/** A record's excerpt and its language, to tell the language of words a note quotes from it. */
interface Excerpt {
  excerpt: string;
  language?: string;
}

/**
 * What a reader is shown of how a quote was spoken: nothing for words spoken in English
 * (the quote is the original), else the language and the original words with their record,
 * or what we looked for and did not find.
 */
export function spokenView(spoken: Spoken, sources: readonly (Excerpt | object)[] = []): SpokenView | undefined {
  const { language, original, notFound } = spoken;
  if (language === 'en') return undefined;
  const records = [...sources, ...(original ? [original.source] : [])].filter(
    (s): s is Excerpt => 'excerpt' in s && typeof s.excerpt === 'string',
  );
  // Words a note quotes are in the language of the record that holds them.
  const languageOf = (quoted: string) =>
    records.find((r) => r.language && normalizeText(r.excerpt).includes(normalizeText(quoted)))?.language;
  const runs = (text: string) => languageRuns(text, languageOf);
  const name = languageName(language);
  const heading =
    language === 'und'
      ? 'As spoken: language not known'
      : original
        ? `As spoken, in ${name}`
        : `As spoken, in ${name}: not found`;
  return {
    language,
    languageName: name,
    heading,
    ...(original
      ? {
          original: {
            text: original.text,
            // The record's closing full stop stays outside the marks, as Russian and Ukrainian print it.
            quoted: quotedIn(language, original.text.replace(/\.$/, '')),
            ...(original.covers === 'whole' ? {} : { part: original.covers }),
            gloss: original.gloss,
            ...(original.note ? { note: runs(original.note) } : {}),
            reportedBy: original.source.publisher ?? original.source.title,
            url: original.source.url,
            ...(original.source.published ? { published: formatDateSpan(original.source.published) } : {}),
          },
        }
      : {}),
    ...(notFound ? { notFound: runs(notFound) } : {}),
  };
}
