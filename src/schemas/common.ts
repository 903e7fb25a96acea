import { z } from 'astro/zod';
import { parseDateSpan } from '../utils/dates.ts';

/**
 * An object that rejects unknown fields with a message listing the allowed ones, so a
 * misspelt field (`titel:`) fails the build instead of being silently dropped.
 */
export function strictEntry<T extends z.ZodRawShape>(shape: T, what: string) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((k) => `“${k}”`).join(', ')} in ${what}: fix the spelling or remove it (allowed: ${allowed})`
        : undefined,
  });
}

/** A public record cited for a fact the article does not state. */
export const publicRecord = strictEntry(
  {
    title: z.string({ error: 'a source needs a `title:` naming the record' }).min(1),
    url: z.url({ protocol: /^https$/, error: 'a source `url:` must be a full https:// address' }),
  },
  'a public-record source',
);

/**
 * A date at its true precision, written `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a `START/END`
 * range of those. YAML reads an unquoted day as a Date; that is accepted as the same day.
 */
export const dateSpan = z
  .union([z.string(), z.date()], { error: 'a date must be written like "2025-06-18", "2025-06" or "2025"' })
  .transform((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    const span = parseDateSpan(text);
    if (!span) {
      ctx.addIssue({
        code: 'custom',
        message: `“${text}” is not a date: write "YYYY-MM-DD", "YYYY-MM" or "YYYY" (in quotes), or a range "START/END" with START before END`,
      });
      return z.NEVER;
    }
    return span;
  });

/** The collections an entry can refer to. */
export type Collection = 'articles' | 'glossary' | 'quotes' | 'timeline';

/** A reference to another entry, by id; whether it exists is checked across entries (src/site/checks/references.ts). */
export interface Ref<C extends Collection = Collection> {
  collection: C;
  id: string;
}

/**
 * A reference to an entry of another collection, written as its id (`speaker:
 * vladimir-putin`), read as `{ collection, id }` like Astro's `reference()`. Ours is a
 * plain schema, so the schemas validate outside Astro too (unit tests, the pure site data).
 */
export function ref<C extends Collection>(collection: C) {
  return z
    .string({ error: `write the id of an entry in content/${collection}/, such as its file name without the extension` })
    .min(1)
    .transform((id): Ref<C> => ({ collection, id }));
}

/** An article paragraph cited as a source: `{ article: <slug>, paragraph: <id> }`. */
export function articleSource() {
  return strictEntry(
    {
      article: ref('articles'),
      paragraph: z
        .string({ error: 'an article source needs `paragraph:` with a paragraph id such as p-trumps-call-for-a-meeting' })
        .regex(/^p-[a-z0-9-]+$/, { error: '`paragraph:` must be a paragraph id such as p-trumps-call-for-a-meeting (see the ¶ links on the article page)' }),
    },
    'an article source',
  );
}

/** A source: an article paragraph or a public record. */
export function source() {
  return z.union([articleSource(), publicRecord], {
    error: 'each source is either `article:` + `paragraph:` or `title:` + `url:`',
  });
}
