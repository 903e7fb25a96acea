import type { Article, Quote, SiteData } from '../site/types.ts';
import { compareDates, formatPartialDate, type PartialDate } from '../core/dates.ts';
import { SITE_NAME } from '../core/site.ts';
import { textDirective } from '../core/text-fragment.ts';
import { absoluteUrl, quoteUrl } from '../core/urls.ts';

/**
 * CSL-JSON (the Citation Style Language's data format, which Zotero, Mendeley and
 * citeproc read): what the site's citations are made from. Pure data; formatting is in
 * ./format.ts, through Citation.js and real CSL styles.
 */

/** A date in CSL-JSON: `date-parts` at the precision it is known. */
export interface CslDate {
  'date-parts': [number[]];
}

export interface CslName {
  given: string;
  family: string;
}

/** A name CSL must print as written, never split or inverted: an organisation's. */
export interface CslLiteralName {
  literal: string;
}

/** The CSL-JSON variables the site uses (a subset of the CSL 1.0.2 schema). */
export interface CslItem {
  /** The address of the page on this site that the item stands for: unique and stable. */
  id: string;
  /** The key a BibTeX entry gets: the page's id (article slug or quote id), `_` for `-` (BibTeX keys have no hyphens in Citation.js). */
  'citation-key': string;
  type: 'article-newspaper';
  title: string;
  author: CslName[];
  'container-title': string;
  publisher: string;
  issued: CslDate;
  accessed: CslDate;
  URL: string;
  language: string;
  /** Where it was read: this site, and the address on it. */
  archive: string;
  archive_location: string;
  note?: string;
}

/** A BibTeX key from an id: Citation.js accepts letters, digits and `_`, not `-`. */
export const bibtexKey = (id: string) => id.replace(/[^A-Za-z0-9_]/g, '_');

/** The time zone a publication's date is read in: the day printed on the story. */
const PUBLICATION_TIME_ZONE = 'America/New_York';

/** One formatter per time zone: making one costs far more than using it, and every page dates its article. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of an instant in a time zone: 2025-08-20T01:00Z is August 19 in New York. */
export function dayIn(date: Date, timeZone = PUBLICATION_TIME_ZONE): PartialDate {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    dayFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { year: part('year'), month: part('month'), day: part('day'), precision: 'day' };
}

/** A partial date as CSL `date-parts`, no more precise than it is known. */
export function cslDate(date: PartialDate): CslDate {
  return { 'date-parts': [[date.year, ...(date.month ? [date.month] : []), ...(date.day ? [date.day] : [])]] };
}

/**
 * A person's name as CSL wants it, split at the last space ("Thomas Grove" → Grove,
 * Thomas). Good for the bylines we cite; a name with a particle would need its parts.
 */
export function cslName(name: string): CslName {
  const at = name.trim().lastIndexOf(' ');
  return at < 0
    ? { given: '', family: name.trim() }
    : { given: name.slice(0, at).trim(), family: name.slice(at + 1).trim() };
}

/**
 * Who said a quote's words, as CSL names them: a person family-last (cslName), an
 * organisation whole (“European Commission”, not “Commission, European”).
 */
export function cslSpeaker(speaker: { data: { name: string; kind: string } }): CslName | CslLiteralName {
  return speaker.data.kind === 'organisation' ? { literal: speaker.data.name.trim() } : cslName(speaker.data.name);
}

/**
 * The day the site's citations give as "accessed": the build's date, made deterministic
 * so two builds of one commit are byte-identical. `SOURCE_DATE_EPOCH` (the reproducible-
 * builds convention, seconds since 1970) sets it; without it, it is the newest date in the
 * content (a correction, a source checked, an article published): the day the text the
 * reader sees was last changed.
 */
export function accessedDate(
  data: Pick<SiteData, 'articles' | 'corrections' | 'quotes' | 'glossary' | 'events'>,
  env: Record<string, string | undefined> = process.env,
): PartialDate {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && /^\d+$/.test(epoch)) return dayIn(new Date(Number(epoch) * 1000), 'UTC');
  const checked = (sources: readonly object[]) =>
    sources.flatMap((s) => ('checked' in s ? [s.checked as PartialDate] : []));
  const dates: PartialDate[] = [
    ...data.articles.map((a) => dayIn(a.entry.data.published, 'UTC')),
    ...data.corrections.map((c) => c.date),
    ...data.quotes.flatMap((q) => checked(q.entry.data.sources)),
    ...data.glossary.flatMap((g) => checked(g.entry.data.sources)),
    ...data.events.flatMap((e) => checked(e.entry.data.sources)),
  ];
  return dates.reduce((a, b) => (compareDates(b, a) > 0 ? b : a));
}

/** An edition of our notes to cite: its number, when it began (or, for the first, ended), and its permanent address. */
export interface CitedEdition {
  number: number;
  from?: PartialDate;
  until?: PartialDate;
  url: string;
}

/** Where an edition was read, as the citation's archive says it: “…, note edition 3 (December 3, 2026)”. */
function editionArchive(edition: CitedEdition): string {
  const when = edition.from
    ? formatPartialDate(edition.from)
    : edition.until
      ? `until ${formatPartialDate(edition.until)}`
      : '';
  return `${SITE_NAME}, note edition ${edition.number}${when ? ` (${when})` : ''}`;
}

/**
 * The article as the work cited: the original (authors, outlet, date, address), read here;
 * with `edition`, read in that edition of our notes, at its permanent address (as
 * Wikipedia's “Cite this page” names the revision).
 */
export function articleCsl(
  article: Article,
  site: URL | undefined,
  accessed: PartialDate,
  edition?: CitedEdition,
): CslItem {
  const data = article.entry.data;
  return {
    id: absoluteUrl(article.url, site),
    'citation-key': bibtexKey(article.slug),
    type: 'article-newspaper',
    // Sentence case, as CSL expects: APA prints it so, MLA and Chicago title-case it.
    title: data.sentenceCaseTitle ?? data.title,
    author: data.authors.map((a) => cslName(a.name)),
    'container-title': data.source.name,
    publisher: data.publisher,
    issued: cslDate(dayIn(data.published)),
    accessed: cslDate(accessed),
    URL: data.source.url,
    language: 'en-US',
    archive: edition ? editionArchive(edition) : SITE_NAME,
    archive_location: absoluteUrl(edition?.url ?? article.url, site),
  };
}

/** The address that lands on a quote's words in its article: its id and a text fragment. */
export function quotePermalink(quote: Quote, site: URL | undefined): string {
  return `${absoluteUrl(quote.inContext, site)}:~:text=${textDirective(quote.entry.data.text)}`;
}

/**
 * A quote as cited: the original article it appears in, with the quoted words and their
 * speaker in a note, and our permalink to the words (with a text fragment) as where they
 * were read.
 */
export function quoteCsl(quote: Quote, site: URL | undefined, accessed: PartialDate, edition?: CitedEdition): CslItem {
  const permalink = quotePermalink(quote, site);
  return {
    ...articleCsl(quote.article, site, accessed),
    id: absoluteUrl(quoteUrl(quote.id), site),
    'citation-key': bibtexKey(quote.id),
    ...(edition ? { archive: editionArchive(edition) } : {}),
    archive_location: edition ? absoluteUrl(edition.url, site) : permalink,
    note: `Quoted words: “${quote.entry.data.text}” (${quote.speaker.data.name}). Read at ${permalink}${edition ? `; note edition ${edition.number}: ${absoluteUrl(edition.url, site)}` : ''}`,
  };
}
