import { z } from 'astro/zod';
import { parseIsoDateTime } from '../core/dates.ts';
import { corrections, strictEntry } from './common.ts';

const PUBLISHED_FIX = '`published` must be a real date in quotes, such as "2025-08-19" or "2025-08-20T01:00:00Z"';

/**
 * A publication date. YAML turns an unquoted date into a Date by itself (and silently
 * rolls 2025-02-30 over to March), so dates are written in quotes and parsed strictly here.
 */
const published = z.union([z.date(), z.string()], { error: PUBLISHED_FIX }).transform((value, ctx) => {
  const date = value instanceof Date ? value : parseIsoDateTime(value);
  if (!date || Number.isNaN(date.getTime())) {
    ctx.addIssue({ code: 'custom', message: `${PUBLISHED_FIX} (got ${JSON.stringify(String(value))})` });
    return z.NEVER;
  }
  return date;
});

/** A person credited with the article. */
const author = strictEntry(
  {
    name: z.string({ error: 'each author needs a `name`, e.g. `name: Thomas Grove`' }).min(1),
    email: z.email({ error: 'an author’s `email` must be an address such as name@example.com' }).optional(),
  },
  'an author',
);

/**
 * An article's frontmatter. Unknown fields are errors, not silently ignored, so a typo
 * (`titel:`) fails the build instead of dropping the title. Every message says the fix.
 */
export const articleSchema = strictEntry(
  {
    title: z
      .string({ error: 'add `title:` with the original headline, in quotes' })
      .min(1, { error: '`title` is empty: write the original headline' }),
    /**
     * The headline in sentence case (only the first word and proper nouns capitalised), for
     * citations: CSL keeps titles in sentence case, APA prints them so, and MLA and Chicago
     * title-case them. Optional; without it, citations use the headline as printed.
     */
    sentenceCaseTitle: z.string().min(1).optional(),
    dek: z
      .string({ error: 'add `dek:` with one sentence in our own words that sums up the piece' })
      .min(1, { error: '`dek` is empty: write one sentence that sums up the piece' }),
    authors: z
      .array(author, { error: 'add `authors:` as a list of `- name: …`' })
      .min(1, { error: 'list at least one author' }),
    publisher: z.string({ error: 'add `publisher:` (e.g. The Wall Street Journal)' }).min(1),
    published,
    source: strictEntry(
      {
        name: z.string({ error: 'add `source.name:` (the outlet the text comes from)' }).min(1),
        url: z.url({
          protocol: /^https$/,
          error: '`source.url` must be the full address of the original, starting with https://',
        }),
      },
      '`source`',
    ),
    /** Corrections to our parts of the article page: the dek, the section headings. */
    corrections,
  },
  'the article frontmatter',
);

export type ArticleData = z.infer<typeof articleSchema>;
