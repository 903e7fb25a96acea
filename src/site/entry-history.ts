import { languageName, quotedIn } from '../core/languages.ts';
import { diffWordsWithSpace, type Change } from 'diff';
import {
  formatDateSpan,
  formatPartialDate,
  parseDateSpan,
  parsePartialDate,
  type DateSpan,
  type PartialDate,
} from '../core/dates.ts';
import type { CorrectionKind } from '../core/vocabulary.ts';
import { addedStretches, compactDiff, wordDiff, type DiffPart } from '../text/word-diff.ts';
import { correctionIds } from './correction-ids.ts';
import { editionsOf, valueAt } from './editions.ts';

/**
 * A source as a list shows it: an article paragraph, or a public record. Sources of
 * earlier editions may lack what the content now requires (an excerpt, a check date).
 */
export type ShownSource =
  | { article: { id: string }; paragraph: string }
  | {
      title: string;
      /** `title` is ours: the page shows no headline. */
      untitled?: true;
      url: string;
      publisher?: string;
      published?: DateSpan;
      excerpt?: string;
      language?: string;
      translation?: string;
      checked?: PartialDate;
      archived?: string;
    };

/** A correction as the content gives it. */
interface WrittenCorrection {
  date: PartialDate;
  kind: CorrectionKind;
  what: string;
  why: string;
  before: Record<string, unknown>;
  reworded?: Reworded;
}

/** A correction note reworded later, with nothing it states changed: when, why, and its earlier words. */
export interface Reworded {
  date: PartialDate;
  why: string;
  before: { what?: string; why?: string };
}

/** What one correction changed in one field: the field's name and the words that went and came. */
export interface FieldChange {
  path: string;
  label: string;
  diff: DiffPart[];
  /** The same, long unchanged stretches cut short: for lists of many corrections. */
  compact: DiffPart[];
}

/** Which correction, and where it is: its day, its id on the entry's page and its address. */
export interface CorrectionRef {
  date: PartialDate;
  kind: CorrectionKind;
  /** Its id on the entry's page: the list's id and the day (`corrections-2026-11-27`, `-2` for a second). */
  id: string;
  /** Its address: the entry's page and that id. */
  href: string;
}

/** A correction as pages show it: its words, its id on the entry's page, the edition it made, and its diff. */
export interface CorrectionView extends CorrectionRef {
  what: string;
  why: string;
  reworded?: Reworded;
  /** The edition it made (2 for the first correction). */
  edition: number;
  changes: FieldChange[];
}

/** A field of an edition as its page shows it. */
export interface EditionField {
  path: string;
  label: string;
  /** Our Markdown, rendered. */
  html?: string;
  /** Plain words. */
  text?: string;
  sources?: ShownSource[];
}

/** One edition of an entry, with its permanent address and what it said. */
export interface EditionView {
  number: number;
  url: string;
  from?: PartialDate;
  until?: PartialDate;
  current: boolean;
  madeBy?: CorrectionView;
  endedBy?: CorrectionView;
  fields: EditionField[];
}

/** Where a correction marker goes in a field's current words: after `end` characters of it. */
export interface TextMark {
  end: number;
  correction: CorrectionRef;
}

/** The markers an entry's current words carry, each leading to the correction that changed them. */
export interface CorrectionMarks {
  /** For each text field, where its current words carry markers (offsets in its flat text). */
  text: Map<string, TextMark[]>;
  /** Corrections that changed a field shown as a whole (a date, a list), by field. */
  field: Map<string, CorrectionRef[]>;
  /** Sources a correction added that are still cited, by source key (sourceKey). */
  sources: Map<string, CorrectionRef>;
}

/** An entry's corrections, editions, and the markers its current words carry. */
export interface EntryHistory {
  /** In the order written (newest first). */
  corrections: CorrectionView[];
  /** Oldest first; none for an entry never corrected. */
  editions: EditionView[];
  marks: CorrectionMarks;
}

/** Markdown rendered three ways: HTML, the words a reader sees (blocks on lines), and its text nodes run together. */
export interface RenderedMarkdown {
  html: string;
  text: string;
  flat: string;
}

/** How a field is shown and compared. */
export interface FieldSpec {
  path: string;
  label: string;
  type: 'markdown' | 'text' | 'date' | 'ref' | 'refs' | 'sources' | 'list' | 'spellings' | 'spoken';
}

/** What the history needs to know of the site: names, paragraphs, addresses, the Markdown renderer. */
export interface HistoryContext {
  fields: readonly FieldSpec[];
  /** The entry's page (under the base), where its corrections list is. */
  page: string;
  /** The id of its corrections list on that page. */
  listId: string;
  /** The permanent address of edition `n`. */
  editionUrl: (n: number) => string;
  /** A glossary entry's name, by id. */
  nameOf: (id: string) => string;
  /** The opening words of an article's paragraph, for a paragraph source. */
  paragraphWords: (article: string, paragraph: string) => string;
  renderMarkdown: (markdown: string) => RenderedMarkdown;
  /** jsdiff's word changes from one text to another (the site's data passes a cached one). */
  wordChanges?: (before: string, after: string) => Change[];
}

/** The identity of a source in a list, to tell which ones a correction added. */
export function sourceKey(source: unknown): string {
  const s = (source ?? {}) as Record<string, unknown>;
  const article = s.article && typeof s.article === 'object' ? (s.article as { id: string }).id : String(s.article);
  return 'paragraph' in s ? `${article}#${String(s.paragraph)}` : `${String(s.url)} ${String(s.excerpt ?? '')}`;
}

/** A source as written, in the shape the source list shows, however old (early ones have no excerpt). */
export function shownSource(source: unknown): ShownSource {
  const s = (source ?? {}) as Record<string, unknown>;
  if ('paragraph' in s) return { article: { id: String(s.article) }, paragraph: String(s.paragraph) };
  const text = (v: unknown) => (v === undefined || v === null ? undefined : String(v));
  const published = text(s.published) && parseDateSpan(text(s.published)!);
  const checked = text(s.checked) && parsePartialDate(text(s.checked)!);
  return {
    title: text(s.title) ?? String(s.url),
    ...(s.untitled === true ? { untitled: true as const } : {}),
    url: String(s.url),
    ...(text(s.publisher) ? { publisher: text(s.publisher) } : {}),
    ...(published ? { published } : {}),
    ...(text(s.excerpt) ? { excerpt: text(s.excerpt) } : {}),
    ...(text(s.language) ? { language: text(s.language) } : {}),
    ...(text(s.translation) ? { translation: text(s.translation) } : {}),
    ...(checked ? { checked } : {}),
    ...(text(s.archived) ? { archived: text(s.archived) } : {}),
  };
}

/** A field's value as words, to compare editions by (what a diff shows). */
function words(spec: FieldSpec, value: unknown, ctx: HistoryContext): string {
  if (value === undefined || value === null) return '';
  switch (spec.type) {
    case 'markdown':
      return ctx.renderMarkdown(String(value)).text;
    case 'date': {
      const span = parseDateSpan(value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
      return span ? formatDateSpan(span) : String(value);
    }
    case 'ref':
      return ctx.nameOf(String(value));
    case 'refs':
      return (value as unknown[]).map((id) => ctx.nameOf(String(id))).join(', ');
    case 'list':
      return (value as unknown[]).map(String).join(', ');
    case 'spellings':
      return (value as { text: string; lang: string }[]).map((s) => `${s.text} (${s.lang})`).join(', ');
    case 'sources':
      return (value as unknown[]).map((s) => sourceWords(shownSource(s), ctx)).join('\n');
    case 'spoken': {
      const v = value as { language?: string; original?: { text?: string }; notFound?: string };
      const language = !v.language
        ? ''
        : v.language === 'und'
          ? 'Language not known'
          : `In ${languageName(v.language)}`;
      return [language, v.original?.text && quotedIn(v.language ?? 'en', v.original.text), v.notFound]
        .filter(Boolean)
        .join(': ');
    }
    default:
      return String(value);
  }
}

/** A source in one line of words: which page, and the passage it shows. */
function sourceWords(s: ShownSource, ctx: HistoryContext): string {
  if ('paragraph' in s) return `The article, paragraph “${ctx.paragraphWords(s.article.id, s.paragraph)}”`;
  const by = [s.publisher, s.published && formatDateSpan(s.published)].filter(Boolean).join(', ');
  return `${s.title}${by ? ` (${by})` : ''}${s.excerpt ? `: “${s.excerpt}”` : ''}`;
}

/** A field of an edition as its page shows it. */
function shownField(spec: FieldSpec, value: unknown, ctx: HistoryContext): EditionField | undefined {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return undefined;
  if (spec.type === 'markdown')
    return { path: spec.path, label: spec.label, html: ctx.renderMarkdown(String(value)).html };
  if (spec.type === 'sources')
    return { path: spec.path, label: spec.label, sources: (value as unknown[]).map(shownSource) };
  return { path: spec.path, label: spec.label, text: words(spec, value, ctx) };
}

/**
 * Where a stretch that ends at `end` in text A is in text B, if the words just before it
 * are the same in both; undefined if they changed since. `parts` is A and B's word diff,
 * or undefined when they are the same (one diff serves every stretch of a field).
 */
function carried(parts: readonly Change[] | undefined, end: number): number | undefined {
  if (!parts) return end;
  let at = 0;
  let bt = 0;
  for (const part of parts) {
    const length = part.value.length;
    if (part.added) {
      bt += length;
      continue;
    }
    if (!part.removed && end > at && end <= at + length) return bt + (end - at);
    at += length;
    if (!part.removed) bt += length;
  }
  return undefined;
}

/** Each correction's day, id and address, in the order written. */
function correctionRefs(
  written: readonly WrittenCorrection[],
  ctx: Pick<HistoryContext, 'page' | 'listId'>,
): CorrectionRef[] {
  const ids = correctionIds(written, ctx.listId);
  return written.map((c, i) => ({ date: c.date, kind: c.kind, id: ids[i]!, href: `${ctx.page}#${ids[i]}` }));
}

/**
 * Where an entry's current words carry a marker: after the words each correction added,
 * where they still stand now (a later correction may have changed them again); on each
 * source a correction added that is still cited; beside a field shown whole (a date, a
 * list) a correction changed.
 */
export function correctionMarks(
  raw: Record<string, unknown>,
  written: readonly WrittenCorrection[],
  ctx: HistoryContext,
): CorrectionMarks {
  const ids = correctionRefs(written, ctx);
  const refs = new Map(written.map((c, i) => [c, ids[i]!]));
  const editions = editionsOf(raw, written);
  const current = editions.at(-1)!;
  const spec = (path: string): FieldSpec =>
    ctx.fields.find((f) => f.path === path) ?? { path, label: path, type: 'text' };
  const flat = (f: FieldSpec, v: unknown) =>
    v === undefined || v === null ? '' : f.type === 'markdown' ? ctx.renderMarkdown(String(v)).flat : String(v);
  const marks: CorrectionMarks = { text: new Map(), field: new Map(), sources: new Map() };
  editions.forEach((edition, i) => {
    const c = edition.madeBy;
    if (!c) return;
    const ref = refs.get(c)!;
    for (const path of Object.keys(c.before)) {
      const f = spec(path);
      const before = valueAt(editions[i - 1]!.data, path);
      const after = valueAt(edition.data, path);
      if (f.type === 'markdown' || f.type === 'text') {
        const now = flat(f, valueAt(current.data, path));
        const then = flat(f, after);
        const stretches = addedStretches(wordDiff(flat(f, before), then));
        const parts =
          stretches.length === 0 || then === now ? undefined : (ctx.wordChanges ?? diffWordsWithSpace)(then, now);
        for (const [, end] of stretches) {
          const at = carried(parts, end);
          if (at !== undefined) marks.text.set(path, [...(marks.text.get(path) ?? []), { end: at, correction: ref }]);
        }
      } else if (f.type === 'sources') {
        const had = new Set(((before as unknown[]) ?? []).map(sourceKey));
        const still = new Set(((valueAt(current.data, path) as unknown[]) ?? []).map(sourceKey));
        for (const s of (after as unknown[]) ?? []) {
          if (!had.has(sourceKey(s)) && still.has(sourceKey(s))) marks.sources.set(sourceKey(s), ref);
        }
      } else {
        marks.field.set(path, [...(marks.field.get(path) ?? []), ref]);
      }
    }
  });
  for (const list of marks.text.values()) list.sort((a, b) => a.end - b.end);
  return marks;
}

/**
 * An entry's history from its current data (as written) and its corrections: each
 * correction with its diff, each edition with its fields, and where the current words
 * carry a marker to the correction that changed them (`marks`, when the caller has worked
 * them out already). Pure: the context renders and names.
 */
export function entryHistory(
  raw: Record<string, unknown>,
  written: readonly WrittenCorrection[],
  ctx: HistoryContext,
  marks: CorrectionMarks = correctionMarks(raw, written, ctx),
): EntryHistory {
  const refs = correctionRefs(written, ctx);
  const editions = editionsOf(raw, written);
  const views = new Map<WrittenCorrection, CorrectionView>();
  editions.forEach((edition, i) => {
    const c = edition.madeBy;
    if (!c) return;
    const previous = editions[i - 1]!;
    const changes = ctx.fields
      .filter((f) => f.path in c.before)
      .map((f) => {
        const diff = wordDiff(
          words(f, valueAt(previous.data, f.path), ctx),
          words(f, valueAt(edition.data, f.path), ctx),
        );
        return { path: f.path, label: f.label, diff, compact: compactDiff(diff) };
      });
    views.set(c, {
      ...refs[written.indexOf(c)]!,
      what: c.what,
      why: c.why,
      ...(c.reworded ? { reworded: c.reworded } : {}),
      edition: edition.number,
      changes,
    });
  });
  const current = editions.at(-1)!;
  const editionViews: EditionView[] =
    editions.length < 2
      ? []
      : editions.map((e) => ({
          number: e.number,
          url: ctx.editionUrl(e.number),
          ...(e.from ? { from: e.from } : {}),
          ...(e.until ? { until: e.until } : {}),
          current: e === current,
          ...(e.madeBy ? { madeBy: views.get(e.madeBy)! } : {}),
          ...(e.endedBy ? { endedBy: views.get(e.endedBy)! } : {}),
          fields: ctx.fields.flatMap((f) => shownField(f, valueAt(e.data, f.path), ctx) ?? []),
        }));
  return {
    corrections: written.map((c) => views.get(c)!),
    editions: editionViews,
    marks,
  };
}

/** An edition's days in words: “November 27 – December 3, 2026”, “until November 27, 2026”, “since December 3, 2026”. */
export function editionDays(e: Pick<EditionView, 'from' | 'until'>): string {
  if (e.from && e.until && formatPartialDate(e.from) === formatPartialDate(e.until))
    return `${formatPartialDate(e.from)}, replaced the same day`;
  if (e.from && e.until) return `${formatPartialDate(e.from)} – ${formatPartialDate(e.until)}`;
  if (e.until) return `until ${formatPartialDate(e.until)}`;
  if (e.from) return `since ${formatPartialDate(e.from)}`;
  return '';
}
