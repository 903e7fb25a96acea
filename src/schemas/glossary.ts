import { z } from 'astro/zod';
import { corrections, publicRecord, strictEntry, withdrawal } from './common.ts';

export const GLOSSARY_KINDS = ['person', 'place', 'organisation'] as const;
export type GlossaryKind = (typeof GLOSSARY_KINDS)[number];

/** One person, place or organisation the article names. */
export const glossarySchema = strictEntry(
  {
    name: z.string({ error: 'add `name:` with the display name' }).min(1),
    kind: z.enum(GLOSSARY_KINDS, { error: '`kind` must be one of person, place, organisation' }),
    aliases: z
      .array(z.string().min(1), { error: 'add `aliases:` listing the spellings that count as mentions, e.g. [Vladimir Putin, Putin]' })
      .min(1, { error: 'list at least one alias (the spelling used in the article)' }),
    role: z.string().min(1).optional(),
    description: z.string({ error: 'add `description:`, one to three sentences in our own words' }).min(1),
    sources: z.array(publicRecord).default([]),
    corrections,
    withdrawn: withdrawal.optional(),
  },
  'a glossary entry',
).superRefine((entry, ctx) => {
  if (entry.kind === 'person' && !entry.role) {
    ctx.addIssue({ code: 'custom', path: ['role'], message: 'a person needs `role:` as of the article’s date, e.g. "President of Russia"' });
  }
});

export type GlossaryData = z.infer<typeof glossarySchema>;
