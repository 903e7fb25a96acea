import { z } from 'astro/zod';
import { normalizeText } from '../text/normalize.ts';
import { languageCode, publicRecord, strictEntry } from './common.ts';

/** Compared as a reader reads: quote marks straightened, spacing and case aside. */
const comparable = (text: string) => normalizeText(text).toLowerCase().trim();

/**
 * The speaker's own words behind a translated quote, from a public record: the words, what
 * of the quote they render, the record they come from (its excerpt contains them), a
 * literal English gloss of them, and where the Journal's rendering narrows or loosens what
 * was said, a note saying how.
 */
export const originalWords = strictEntry(
  {
    text: z.string({ error: '`original` needs `text:`, the speaker’s words as the record prints them' }).trim().min(1),
    covers: z.union([z.literal('whole'), z.string().trim().min(1)], {
      error: '`covers` is `whole`, or the words of the quote these render, copied from `text:`',
    }),
    source: publicRecord,
    gloss: z
      .string({ error: '`original` needs `gloss:`, a literal English translation of its words (ours)' })
      .trim()
      .min(1),
    note: z.string().trim().min(1).optional(),
  },
  '`spoken.original`',
).superRefine((original, ctx) => {
  if (!comparable(original.source.excerpt).includes(comparable(original.text)))
    ctx.addIssue({
      code: 'custom',
      path: ['source', 'excerpt'],
      message:
        'the source’s excerpt must contain the original words exactly as `text:` gives them: copy the passage that holds them',
    });
});

/**
 * The language a quote was spoken in and, for a translated one, the speaker's own words,
 * or in plain words what we looked for and did not find. `und` is for a language the
 * record does not tell.
 */
export const spoken = strictEntry(
  {
    language: languageCode('spoken.language'),
    original: originalWords.optional(),
    notFound: z.string().trim().min(1).optional(),
  },
  '`spoken`',
  'add `spoken:` with `language:`, the language the words were spoken in (en, ru, uk; und if not known), and for a translation `original:` or `notFound:`',
).superRefine((s, ctx) => {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (s.language === 'en') {
    if (s.original) issue('original', 'words spoken in English have no `original`: the quote is the original');
    if (s.notFound) issue('notFound', 'words spoken in English need no `notFound`: remove it');
    return;
  }
  if (s.original && s.notFound)
    issue('notFound', 'give `original` or `notFound`, not both (say in `original.note` what part was not found)');
  if (s.language === 'und') {
    if (s.original) issue('original', 'an original needs the language it was spoken in: set `language:`');
    if (!s.notFound)
      issue(
        'notFound',
        'where the language is not known (`und`), add `notFound:`: what the record shows and what we looked for',
      );
    return;
  }
  if (!s.original && !s.notFound)
    issue(
      'original',
      `a quote spoken in “${s.language}” needs \`original:\` (the speaker’s words from a public record) or \`notFound:\` (what we looked for)`,
    );
  if (s.original && s.original.source.language !== s.language)
    ctx.addIssue({
      code: 'custom',
      path: ['original', 'source', 'language'],
      message: `the record of the original words must be in the language they were spoken in (“${s.language}”): set its \`language:\` to it, or cite a record in that language`,
    });
});

export type Spoken = z.infer<typeof spoken>;

/** Whether `covers` names words of the quote (or is `whole`). */
export function coversQuote(covers: string, quoteText: string): boolean {
  return covers === 'whole' || comparable(quoteText).includes(comparable(covers));
}
