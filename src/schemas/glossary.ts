import { z } from 'astro/zod';
import { GLOSSARY_KINDS, SPELLING_KINDS } from '../core/vocabulary.ts';
import { corrections, day, languageCode, publicRecord, strictEntry, withdrawal } from './common.ts';

/**
 * Another spelling of an entry's name that readers type (another romanisation, the name in
 * its own script, a form without diacritics), with the page that shows it in use. Search
 * finds the entry and its mentions by it; it is never matched in the article's text.
 */
export const spelling = strictEntry(
  {
    text: z.string({ error: 'a spelling needs `text:`, the spelling itself' }).trim().min(1),
    lang: languageCode('lang'),
    kind: z.enum(SPELLING_KINDS, { error: `\`kind\` must be one of ${SPELLING_KINDS.join(', ')}` }),
    /** The alias a search for it stands for; by default the surname for one word, the full name otherwise. */
    for: z.string().trim().min(1).optional(),
    source: strictEntry(
      {
        title: z.string({ error: 'the source needs `title:`, the page’s own title' }).min(1),
        url: z.url({ protocol: /^https$/, error: 'the source `url:` must be a full https:// address' }),
        excerpt: z
          .string({ error: 'the source needs `excerpt:`, words copied from the page that show the spelling in use' })
          .trim()
          .min(1),
        checked: day('`checked`'),
      },
      'a spelling’s source',
    ),
  },
  'a spelling',
).superRefine((s, ctx) => {
  if (!s.source.excerpt.normalize('NFC').includes(s.text.normalize('NFC'))) {
    ctx.addIssue({
      code: 'custom',
      path: ['source', 'excerpt'],
      message: `the excerpt must show the spelling “${s.text}” as the page writes it`,
    });
  }
});

/** One person, place or organisation the article names. */
export const glossarySchema = strictEntry(
  {
    name: z.string({ error: 'add `name:` with the display name' }).min(1),
    kind: z.enum(GLOSSARY_KINDS, { error: '`kind` must be one of person, place, organisation' }),
    aliases: z
      .array(z.string().min(1), {
        error: 'add `aliases:` listing the spellings that count as mentions, e.g. [Vladimir Putin, Putin]',
      })
      .min(1, { error: 'list at least one alias (the spelling used in the article)' }),
    role: z.string().min(1).optional(),
    description: z.string({ error: 'add `description:`, one to three sentences in our own words' }).min(1),
    sources: z.array(publicRecord).default([]),
    /** Other spellings readers search for; shown as “Also spelled”, never mentions. */
    spellings: z.array(spelling).default([]),
    corrections,
    withdrawn: withdrawal.optional(),
  },
  'a glossary entry',
).superRefine((entry, ctx) => {
  if (entry.kind === 'person' && !entry.role) {
    ctx.addIssue({
      code: 'custom',
      path: ['role'],
      message: 'a person needs `role:` as of the article’s date, e.g. "President of Russia"',
    });
  }
});

export type GlossaryData = z.infer<typeof glossarySchema>;
