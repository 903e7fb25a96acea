import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem, CslLiteralName, CslName } from './csl.ts';
import mlaStyle from './styles/modern-language-association.csl?raw';
import chicagoStyle from './styles/chicago-note-bibliography.csl?raw';

/**
 * Citations formatted by Citation.js with real CSL styles, never by string templates:
 * APA 7 ships with @citation-js/plugin-csl; MLA 9 and Chicago 17 (notes and bibliography)
 * are the official CSL files, vendored in ./styles/ (see README, “Citation styles”).
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

/**
 * Every style's citations of one item. For a quote, `speaker` names who said the words:
 * the in-text citation or note then says they are quoted in the article.
 */
export function formatCitations(item: CslItem, speaker?: CslName | CslLiteralName): StyledCitations[] {
  // The styles protect nothing in a URL: Chicago would capitalise the “h” of “https”.
  const cite = new Cite({ ...item, archive_location: `<span class="nocase">${item.archive_location}</span>` });
  return STYLES.map(({ style, ...names }) => {
    const options = { template: style, lang: 'en-US' };
    const entry = [{ id: item.id, ...(speaker ? { prefix: quotedInPrefix(style, speaker) } : {}) }];
    return {
      style,
      ...names,
      reference: {
        text: String(cite.format('bibliography', { ...options, format: 'text' })).trim(),
        html: entryHtml(String(cite.format('bibliography', { ...options, format: 'html' }))),
      },
      inText: {
        text: String(cite.format('citation', { ...options, format: 'text', entry })).trim(),
        html: String(cite.format('citation', { ...options, format: 'html', entry })).trim(),
      },
    };
  });
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
