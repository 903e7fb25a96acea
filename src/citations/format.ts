import { Cite, plugins } from '@citation-js/core';
import { count } from '../core/build-counts.ts';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem, CslLiteralName, CslName } from './csl.ts';
import mlaStyle from './styles/modern-language-association.csl?raw';
import chicagoStyle from './styles/chicago-note-bibliography.csl?raw';

/**
 * Citations formatted by Citation.js with real CSL styles, never by string templates of our
 * own: APA 7 ships with @citation-js/plugin-csl; MLA 9 and Chicago 17 (notes and
 * bibliography) are the official CSL files, vendored in ./styles/ (see README, “Citation
 * styles”). citeproc formats each shape of item once (see `formatCitations`).
 */
const VENDORED_STYLES = { mla: mlaStyle, chicago: chicagoStyle };

const csl = plugins.config.get('@csl') as {
  styles: { has(name: string): boolean; add(name: string, xml: string): void };
};
for (const [name, xml] of Object.entries(VENDORED_STYLES)) if (!csl.styles.has(name)) csl.styles.add(name, xml);

export type StyleId = 'apa' | 'mla' | 'chicago';

/** One formatted citation: as text (to copy) and as HTML (to show, with the style's italics). */
export interface Formatted {
  text: string;
  html: string;
}

/** A style's citations of one item: the reference-list entry, and how to cite it in the text or a note. */
export interface StyledCitations {
  style: StyleId;
  /** The style's name as readers know it. */
  name: string;
  /** What the style calls its list of sources. */
  listName: string;
  reference: Formatted;
  /** What the in-text citation or note is called in this style. */
  inTextName: string;
  inText: Formatted;
}

const STYLES: { style: StyleId; name: string; listName: string; inTextName: string }[] = [
  { style: 'apa', name: 'APA 7th edition', listName: 'Reference list', inTextName: 'In the text' },
  { style: 'mla', name: 'MLA 9th edition', listName: 'Works cited', inTextName: 'In the text' },
  {
    style: 'chicago',
    name: 'Chicago 17th edition (notes and bibliography)',
    listName: 'Bibliography',
    inTextName: 'Note',
  },
];

/**
 * How a style introduces words its author quotes from someone else, for the in-text
 * citation or note of a quote: CSL has no variable for it, so it is the cite's prefix,
 * which the CSL processor places (inside APA's parentheses, before Chicago's note). APA
 * names a person by family name, Chicago in full; an organisation is named whole in both.
 */
function quotedInPrefix(style: StyleId, speaker: CslName | CslLiteralName): string {
  if (style === 'mla') return 'qtd. in ';
  if ('literal' in speaker) return `${speaker.literal}, ${style === 'apa' ? 'as cited in' : 'quoted in'} `;
  if (style === 'apa') return `${speaker.family}, as cited in `;
  return `${speaker.given} ${speaker.family}, quoted in `.trimStart();
}

/** The inner HTML of citeproc's one entry (its wrapper `div`s removed). */
function entryHtml(html: string): string {
  return html
    .replace(/^\s*<div class="csl-bib-body">\s*<div[^>]*class="csl-entry"[^>]*>/, '')
    .replace(/<\/div>\s*<\/div>\s*$/, '')
    .trim();
}

/** Each style's reference and in-text citation of one item, by citeproc, in one output format. */
function citeproc(item: CslItem, speaker: CslName | CslLiteralName | undefined, format: 'text' | 'html') {
  // The styles protect nothing in a URL: Chicago would capitalise the “h” of “https”.
  const cite = new Cite({ ...item, archive_location: `<span class="nocase">${item.archive_location}</span>` });
  return STYLES.map(({ style }) => {
    const options = { template: style, lang: 'en-US', format };
    const entry = [{ id: item.id, ...(speaker ? { prefix: quotedInPrefix(style, speaker) } : {}) }];
    const reference = String(cite.format('bibliography', options));
    return {
      reference: format === 'html' ? entryHtml(reference) : reference.trim(),
      inText: String(cite.format('citation', { ...options, entry })).trim(),
    };
  });
}

/**
 * Every style's citations of one item, straight from citeproc: twelve runs (three styles,
 * the reference and the in-text citation, each as text and as HTML). What `formatCitations`
 * must equal, byte for byte (tests/unit/citations/site-citations.test.ts checks every page).
 */
export function formatCitationsDirect(item: CslItem, speaker?: CslName | CslLiteralName): StyledCitations[] {
  const [text, html] = [citeproc(item, speaker, 'text'), citeproc(item, speaker, 'html')];
  return STYLES.map((names, i) => ({
    ...names,
    reference: { text: text[i]!.reference, html: html[i]!.reference },
    inText: { text: text[i]!.inText, html: html[i]!.inText },
  }));
}

/*
 * The site cites one article many times over: its page and editions, and each quote's page
 * and editions, which differ only in the fields below and in the speaker the in-text
 * citation names. So citeproc formats each “shape” once, as HTML, with a token in place of
 * each such value, and the values are put back in the tokens' place. Items are never
 * formatted together (one registry would disambiguate them: APA's 2025a, 2025b).
 *
 * That is the same as formatting each item only when citeproc treats the token as it would
 * the value. So a token is put back only when
 * - it comes out unchanged: it has a lowercase word, an uppercase word and a period, so any
 *   text-case or strip-periods the style applies changes it, and the item is then formatted
 *   directly;
 * - the value is inert: letters, digits, single spaces and URL punctuation only (nothing
 *   citeproc reads as markup or quotes, or escapes in HTML), with no punctuation or space at
 *   either end (where citeproc merges punctuation with what is next to it).
 * A field whose token is not in the output at all is not printed (a note): it must only not
 * change the item through citeproc's note-field syntax (`type: book` lines, `{:…}`).
 * The text is the HTML without its tags and with its entities decoded, which is citeproc's
 * text output unless the HTML holds what only HTML output adds (superscripts for characters
 * such as ª, blocks, the non-breaking space of a double space): then, too, directly.
 */
type Speaker = CslName | CslLiteralName;

const TEMPLATED = ['id', 'citation-key', 'archive', 'archive_location', 'note'] as const;

const token = (name: string) => `qzx${name}x.qzx QZX${name.toUpperCase()}X`;
const TOKEN_TRACE = /qzx/i;

const INERT_CHAR = String.raw`\p{Lu}\p{Ll}\p{Lt}\p{Nd}()/#=~%_+\-`;
const INERT = new RegExp(`^[${INERT_CHAR}](?:[${INERT_CHAR} .,:;!?]*[${INERT_CHAR}])?$`, 'u');
const inert = (value: string) => INERT.test(value) && !value.includes('  ');

/** A note citeproc may read fields from: lines after the first, `{:…}`, or a first line `name: value`. */
const NOTE_FIELDS = /\n|\{:|^(?:[-_a-z]+|[A-Z]+):/;

/** What only citeproc's HTML output has, so that the HTML without its tags is not its text output. */
const HTML_ONLY = /<su[bp]>|<div|\u00A0/;

/** The HTML without its tags and with citeproc's numeric entities (`&#38;`) decoded: citeproc's text. */
const plainText = (html: string) =>
  html.replace(/<[^>]+>/g, '').replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));

/** Each style's reference and in-text citation of a shape, as HTML with tokens. */
type Shape = ReturnType<typeof citeproc>;

const shapes = new Map<string, Shape | null>();

/** The speaker with a token for each part of the name, and the values the tokens stand for. */
function speakerTemplate(speaker: Speaker): { speaker: Speaker; values: [string, string][] } {
  if ('literal' in speaker) return { speaker: { literal: token('lit') }, values: [[token('lit'), speaker.literal]] };
  // An empty given name drops out of Chicago's note: it stays empty.
  const given: [string, string][] = speaker.given ? [[token('given'), speaker.given]] : [];
  return {
    speaker: { given: speaker.given ? token('given') : '', family: token('family') },
    values: [...given, [token('family'), speaker.family]],
  };
}

function shape(item: CslItem, speaker: Speaker | undefined): Shape | null {
  const key = JSON.stringify([item, speaker]);
  let found = shapes.get(key);
  if (found === undefined) {
    const started = performance.now();
    const html = citeproc(item, speaker, 'html');
    const ms = performance.now() - started;
    count('citation shapes formatted');
    count('citation shapes formatted: ms', ms);
    // The first shape also starts citeproc's engines (one per style, kept for the build), a
    // second or so: the benchmark leaves it out of what one more article's shape costs.
    if (shapes.size === 0) count('citation engines started: ms', ms);
    found = html.some((s) => HTML_ONLY.test(s.reference) || HTML_ONLY.test(s.inText)) ? null : html;
    shapes.set(key, found);
  }
  return found;
}

/**
 * Every style's citations of one item, as `formatCitationsDirect` gives them, citeproc
 * running once per shape (see above). For a quote, `speaker` names who said the words:
 * the in-text citation or note then says they are quoted in the article.
 */
export function formatCitations(item: CslItem, speaker?: Speaker): StyledCitations[] {
  count('citations');
  if (item.note !== undefined && NOTE_FIELDS.test(item.note)) return formatCitationsDirect(item, speaker);
  const template: Record<string, unknown> = { ...item };
  const values: [string, string][] = [];
  for (const field of TEMPLATED) {
    const value = item[field];
    if (value === undefined) continue;
    template[field] = token(field.replace(/[^a-z]/g, ''));
    values.push([template[field] as string, value]);
  }
  const named = speaker && speakerTemplate(speaker);
  if (named) values.push(...named.values);
  const styles = shape(template as unknown as CslItem, named?.speaker);
  if (!styles) return formatCitationsDirect(item, speaker);

  const fill = (html: string): string | undefined => {
    for (const [tok, value] of values) {
      if (!html.includes(tok)) continue;
      if (!inert(value)) return undefined;
      html = html.replaceAll(tok, value);
    }
    return TOKEN_TRACE.test(html) ? undefined : html;
  };
  const filled: StyledCitations[] = [];
  for (const [i, names] of STYLES.entries()) {
    const reference = fill(styles[i]!.reference);
    const inText = fill(styles[i]!.inText);
    if (reference === undefined || inText === undefined) return formatCitationsDirect(item, speaker);
    filled.push({
      ...names,
      reference: { text: plainText(reference), html: reference },
      inText: { text: plainText(inText), html: inText },
    });
  }
  return filled;
}

/** The items as a BibTeX file (Citation.js's BibTeX output). */
export function toBibtex(items: CslItem[]): string {
  return String(new Cite(items).format('bibtex', { format: 'text' }));
}

/**
 * The items as an RIS file (Citation.js's RIS output, which Zotero, Mendeley and EndNote
 * import), in the older RIS tag set: in the 2011 one a newspaper article's authors are
 * “reporters” and its date a year alone, so Citation.js writes no AU and only `PY - 2025`;
 * the older tags keep the authors (A1), the full date (Y1), the journal (JF), where the
 * words were read (AV) and the note. Two fixes to Citation.js's text, so that readers
 * (Citation.js's own included) get the values back whole: its writer wraps values at 70
 * characters, which readers join with a space (breaking long URLs), so each value is put
 * back on one line; and it adds the 2011 `PY` beside `Y1`, which makes its reader take the
 * record for the 2011 tag set and drop the authors and the day, so `PY` is left out.
 */
export function toRis(items: CslItem[]): string {
  // RIS keeps 20 characters of an ID: the citation key, not the page's address.
  const ris = String(
    new Cite(items.map((item) => ({ ...item, id: item['citation-key'] }))).format('ris', {
      format: 'text',
      spec: 'old',
    }),
  );
  const lines: string[] = [];
  for (const line of ris.split('\n')) {
    if (line === '' || /^[A-Z][A-Z0-9] {2}-( |$)/.test(line) || lines.length === 0) lines.push(line);
    else lines[lines.length - 1] += line;
  }
  return `${lines
    .filter((line) => !line.startsWith('PY  - '))
    .join('\n')
    .replace(/\n+$/, '')}\n`;
}

/** The items as CSL-JSON, as Citation.js writes it. */
export function toCslJson(items: CslItem[]): string {
  return `${JSON.stringify(new Cite(items).format('data', { format: 'object' }), null, 2)}\n`;
}
