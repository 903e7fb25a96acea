import { z } from 'astro/zod';
import { isoOf, parseDateSpan } from '../core/dates.ts';
import { CORRECTION_KINDS } from '../core/vocabulary.ts';

/**
 * An object that rejects unknown fields with a message listing the allowed ones, so a
 * misspelt field (`titel:`) fails the build instead of being silently dropped.
 */
export function strictEntry<T extends z.ZodRawShape>(shape: T, what: string, missing?: string) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((k) => `“${k}”`).join(', ')} in ${what}: fix the spelling or remove it (allowed: ${allowed})`
        : issue.code === 'invalid_type' && issue.input === undefined
          ? missing
          : undefined,
  });
}

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

/**
 * The latest day an editor can have done something: today where the day is furthest ahead
 * (UTC+14), so a source checked today anywhere is never in the future.
 */
function latestPossibleDay(): string {
  return new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * A calendar day, `YYYY-MM-DD` (in quotes or not), on which we did something: checked a
 * source, made a correction, withdrew an entry. Such a day cannot be in the future.
 */
export const day = (what: string) =>
  z
    .union([z.string(), z.date()], { error: `${what} must be a day written like "2026-11-27"` })
    .transform((value, ctx) => {
      const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
      const span = parseDateSpan(text);
      if (!span || span.end || span.start.precision !== 'day') {
        ctx.addIssue({
          code: 'custom',
          message: `${what} must be a day written like "2026-11-27" (got ${JSON.stringify(text)})`,
        });
        return z.NEVER;
      }
      const latest = latestPossibleDay();
      if (isoOf(span.start) > latest) {
        ctx.addIssue({
          code: 'custom',
          message: `${what} is ${JSON.stringify(text)}, a day still to come: write the day it was done`,
        });
        return z.NEVER;
      }
      return span.start;
    });

/** Longest excerpt of a source: a sentence or two, enough to check a claim, not a copy of the page. */
export const MAX_EXCERPT_WORDS = 50;

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/** A BCP 47 language tag as we write them: `en`, `ru`, `uk`, `sr-Latn`; `und` where it is not known. */
export const languageCode = (field: string) =>
  z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: `\`${field}\` is a language code such as en, ru or uk` });

/**
 * A public record cited for a fact the article does not state, with its evidence: the
 * passage that supports the claim, copied exactly from the page (and translated when it is
 * not in English), and the day it was checked, so a reader can check the claim without
 * leaving the page and an editor can tell how fresh the check is.
 */
export const publicRecord = strictEntry(
  {
    title: z.string({ error: 'a source needs a `title:`, the page’s own title' }).min(1),
    /** The page shows no headline: `title` is ours, describing the page, shown in square brackets. */
    untitled: z.literal(true, { error: '`untitled` is `true` or left out' }).optional(),
    publisher: z.string().min(1).optional(),
    published: dateSpan.optional(),
    url: z.url({ protocol: /^https$/, error: 'a source `url:` must be a full https:// address' }),
    excerpt: z
      .string({
        error:
          'a source needs `excerpt:`: the passage of the page that supports the claim, copied exactly (at most 50 words)',
      })
      .trim()
      .min(1, { error: '`excerpt` is empty: copy the passage of the page that supports the claim' })
      .refine((t) => words(t) <= MAX_EXCERPT_WORDS, {
        error: (issue) =>
          `\`excerpt\` has ${words(String(issue.input))} words: keep it to the sentence or two that support the claim (at most ${MAX_EXCERPT_WORDS} words)`,
      }),
    language: languageCode('language').optional(),
    translation: z.string().trim().min(1).optional(),
    checked: day('`checked`'),
    archived: z
      .url({ protocol: /^https$/, error: '`archived` must be the full https:// address of an archived copy' })
      .optional(),
  },
  'a public-record source',
).superRefine((source, ctx) => {
  if (source.language && source.language !== 'en' && !source.translation) {
    ctx.addIssue({
      code: 'custom',
      path: ['translation'],
      message: 'an excerpt not in English needs `translation:`, our English translation of it',
    });
  }
  if (source.translation && (!source.language || source.language === 'en')) {
    ctx.addIssue({
      code: 'custom',
      path: ['language'],
      message: 'a translated excerpt needs `language:`, the code of the language it is in (it, ru, uk…)',
    });
  }
});

/**
 * One correction to an entry: when, what changed and why, and what the changed fields said
 * before it (`before`, keyed by field: `annotation`, `said.dateNote`, `sources`; `null` for
 * a field that was not there). The earlier wording lives in the content, not in git, so a
 * clean clone or a tarball builds the same editions and diffs.
 */
export const correction = strictEntry(
  {
    date: day('a correction’s `date`'),
    kind: z
      .enum(CORRECTION_KINDS, { error: `a correction’s \`kind\` is one of ${CORRECTION_KINDS.join(', ')}` })
      .default('correction'),
    what: z.string({ error: 'a correction needs `what:`, what changed' }).trim().min(1),
    why: z.string({ error: 'a correction needs `why:`, the reason' }).trim().min(1),
    before: z
      .record(z.string(), z.unknown(), {
        error:
          'a correction needs `before:`, the earlier value of each field it changed, e.g. `before: { annotation: "…" }` (`null` for a field that was not there)',
      })
      .refine((b) => Object.keys(b).length > 0, {
        error: '`before` is empty: give the earlier value of each field the correction changed',
      }),
    /**
     * The note itself reworded later, nothing it states changed (it named how we
     * research, say): when, why, and its earlier `what`/`why`, which stay on show.
     */
    reworded: strictEntry(
      {
        date: day('`reworded.date`'),
        why: z.string({ error: '`reworded` needs `why:`, why the note was reworded' }).trim().min(1),
        before: strictEntry(
          { what: z.string().trim().min(1).optional(), why: z.string().trim().min(1).optional() },
          '`reworded.before`',
        ).refine((b) => b.what !== undefined || b.why !== undefined, {
          error: '`reworded.before` gives the earlier `what:`, `why:` or both',
        }),
      },
      '`reworded`',
    ).optional(),
  },
  'a correction',
);

/** The corrections an entry has had, as written (newest first is how they are shown). */
export const corrections = z.array(correction).default([]);

/**
 * An entry taken back: its address keeps working and shows this notice (what it was,
 * when and why it was withdrawn, where to go instead) instead of a 404.
 */
export const withdrawal = strictEntry(
  {
    date: day('`withdrawn.date`'),
    why: z.string({ error: '`withdrawn` needs `why:`, the reason' }).trim().min(1),
    instead: z
      .string()
      .regex(/^\/[^/]/, { error: '`withdrawn.instead` is a path on this site, such as /quotes/other-quote/' })
      .optional(),
  },
  '`withdrawn`',
);

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
    .string({
      error: `write the id of an entry in content/${collection}/, such as its file name without the extension`,
    })
    .min(1)
    .transform((id): Ref<C> => ({ collection, id }));
}

/** An article paragraph cited as a source: `{ article: <slug>, paragraph: <id> }`. */
export function articleSource() {
  return strictEntry(
    {
      article: ref('articles'),
      paragraph: z
        .string({
          error: 'an article source needs `paragraph:` with a paragraph id such as p-trumps-call-for-a-meeting',
        })
        .regex(/^p-[a-z0-9-]+$/, {
          error:
            '`paragraph:` must be a paragraph id such as p-trumps-call-for-a-meeting (see the ¶ links on the article page)',
        }),
    },
    'an article source',
  );
}

/** A source: an article paragraph or a public record. */
export function source() {
  const paragraph = articleSource();
  type Source = z.output<typeof paragraph> | z.output<typeof publicRecord>;
  // Which kind a source is, is told by its fields, so a mistake in one (a missing excerpt)
  // is reported as that, not as "neither kind".
  return z.unknown().transform((value, ctx): Source => {
    if (!value || typeof value !== 'object') {
      ctx.addIssue({
        code: 'custom',
        message: 'each source is either `article:` + `paragraph:` or `title:` + `url:` + `excerpt:` + `checked:`',
      });
      return z.NEVER;
    }
    const schema = 'article' in value || 'paragraph' in value ? paragraph : publicRecord;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue({ ...issue, path: issue.path } as never);
    return z.NEVER;
  });
}
