import { z } from 'astro/zod';
import type { DataSet } from '../core/pages.ts';
import { EVENT_KINDS, EVENT_STATUSES, GLOSSARY_KINDS, OCCASIONS } from '../core/vocabulary.ts';

/**
 * The published data files (`/data/*.json`), as zod schemas: the records are checked
 * against these when they are built, and each file's JSON Schema (`*.schema.json`) is
 * generated from them (`z.toJSONSchema`), so the shape is written once. The kinds,
 * occasions and statuses are the content schemas' own (core/vocabulary.ts), so the two
 * cannot drift apart.
 */

const url = z.url({ protocol: /^https?$/ }).describe('An absolute URL.');
const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/)
  .describe('A stable id: the entry’s file name, also the last part of its address.');

/** A date at its true precision, as written (`2025`, `2025-06`, `2025-06-18`, or `START/END`), and in words. */
const date = z
  .object({
    iso: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/)
      .describe('ISO 8601 at the precision known; a range is START/END.'),
    text: z.string().describe('The date in words, as the site shows it.'),
  })
  .strict();

/** A day, `YYYY-MM-DD`. */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A glossary entry referred to: its id, name and page. */
const ref = z.object({ id, name: z.string(), url }).strict();

/** Markdown of ours, rendered: HTML (links absolute) and plain text. */
const rendered = z.object({ html: z.string(), text: z.string() }).strict();

const correction = z.object({ date: day, what: z.string(), why: z.string() }).strict();

/** A source: a paragraph of an article, or a public record with its evidence. */
const source = z.union([
  z
    .object({
      kind: z.literal('article-paragraph'),
      article: id,
      paragraph: z.string(),
      url: url.describe('The paragraph in the article.'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('public-record'),
      title: z.string(),
      untitled: z
        .literal(true)
        .optional()
        .describe('The page shows no headline: `title` is ours, describing the page.'),
      publisher: z.string().optional(),
      published: date.optional(),
      url,
      excerpt: z.string().describe('The passage that supports the claim, copied exactly.'),
      language: z.string().optional(),
      translation: z.string().optional().describe('Our English translation of the excerpt.'),
      checked: day.describe('The day the excerpt was checked against the page.'),
      archived: url.optional(),
    })
    .strict(),
]);

const publicRecord = source.options[1];

/** The language a quote was spoken in and, for a translation, the speaker's own words. */
const spoken = z
  .object({
    language: z.string().describe('BCP 47 code of the language the words were spoken in; `und` where not known.'),
    original: z
      .object({
        text: z.string().describe('The speaker’s own words, as the record prints them.'),
        language: z.string(),
        covers: z
          .string()
          .describe('`whole`, or the words of the quote these are the original of, when only part was found.'),
        gloss: z.string().describe('Our literal English translation of the original words.'),
        note: z.string().optional().describe('How the article’s English narrows or loosens what was said.'),
        source: publicRecord.describe('The record the original words come from; its excerpt contains them.'),
      })
      .strict()
      .optional(),
    notFound: z.string().optional().describe('Where no original was found: what we looked for.'),
  })
  .strict();

const quoteRecord = z
  .object({
    id,
    url: url.describe('The quote’s page.'),
    inContext: url.describe('The quote’s words in the article, with a text fragment.'),
    text: z.string().describe('The exact words, as printed.'),
    selector: z
      .object({ type: z.literal('TextQuoteSelector'), exact: z.string(), prefix: z.string(), suffix: z.string() })
      .strict()
      .describe('A W3C TextQuoteSelector for the words on the article page.'),
    speaker: ref,
    voices: ref.optional().describe('The person whose words the speaker imagines, when that is what the quote is.'),
    said: z
      .object({
        date,
        dateNote: z.string().optional(),
        occasion: z.enum(OCCASIONS),
        where: z.string().optional(),
        place: ref.optional(),
      })
      .strict(),
    spoken,
    article: z.object({ id, title: z.string(), url }).strict(),
    paragraph: z.object({ id: z.string(), url }).strict(),
    context: rendered,
    annotation: rendered,
    sources: z.array(source),
    featured: z.boolean(),
    corrections: z.array(correction),
  })
  .strict();

const glossaryRecord = z
  .object({
    id,
    url,
    name: z.string(),
    kind: z.enum(GLOSSARY_KINDS),
    aliases: z.array(z.string()).describe('The spellings that count as mentions.'),
    role: z.string().optional().describe('For people: the role as of the article’s date.'),
    description: z.string(),
    sources: z.array(source),
    mentions: z.array(
      z
        .object({ id: z.string(), url, article: id, text: z.string().describe('The words around the mention.') })
        .strict(),
    ),
    quotes: z.array(z.object({ id, url }).strict()).describe('Quotes by (or voicing) this person.'),
    events: z.array(z.object({ id, url }).strict()).describe('Timeline events with this participant or place.'),
    corrections: z.array(correction),
  })
  .strict();

const timelineRecord = z
  .object({
    id,
    url: url.describe('The event on the timeline page.'),
    date,
    dateNote: z.string().optional(),
    title: z.string(),
    kind: z.enum(EVENT_KINDS),
    status: z.enum(EVENT_STATUSES),
    place: ref.optional(),
    venue: z.string().optional(),
    participants: z.array(ref),
    declined: z.array(ref),
    summary: rendered,
    sources: z.array(source),
    corrections: z.array(correction),
  })
  .strict();

/** One published file: what it is, where its schema is, and its records. */
function file<T extends z.ZodType>(name: string, record: T) {
  return z
    .object({
      $schema: url.describe(`This file's JSON Schema: ${name}.schema.json.`),
      title: z.string(),
      site: url.describe('The edition the data belongs to.'),
      updated: day.describe('The day the content last changed (as the citations’ “accessed” date).'),
      items: z.array(record),
    })
    .strict();
}

/** The published files, by name (`/data/<name>.json`; the names are core/pages.ts's DATA_SETS). */
export const DATA_FILES = {
  quotes: file('quotes', quoteRecord),
  glossary: file('glossary', glossaryRecord),
  timeline: file('timeline', timelineRecord),
} as const satisfies Record<DataSet, z.ZodType>;

export type DataFile = DataSet;
export type QuoteRecord = z.infer<typeof quoteRecord>;
export type GlossaryRecord = z.infer<typeof glossaryRecord>;
export type TimelineRecord = z.infer<typeof timelineRecord>;

/** A file's JSON Schema, generated from its zod schema, with its own address as `$id`. */
export function jsonSchema(name: DataFile, schemaUrl: string): Record<string, unknown> {
  const schema = z.toJSONSchema(DATA_FILES[name], { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  return { ...schema, $id: schemaUrl, title: `${name}.json` };
}
