import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { type CslItem, type CslLiteralName, type CslName } from '../../../src/citations/csl.ts';
import { formatCitations, formatCitationsDirect, toBibtex, toRis } from '../../../src/citations/format.ts';

const ITEM: CslItem = {
  id: 'https://example.org/quotes/q/',
  'citation-key': 'q_id',
  type: 'article-newspaper',
  title: 'Putin calls Zelensky the West’s illegitimate puppet. Can he talk peace with him?',
  author: [
    { given: 'Thomas', family: 'Grove' },
    { given: 'Matthew', family: 'Luxmoore' },
  ],
  'container-title': 'The Wall Street Journal',
  publisher: 'The Wall Street Journal',
  issued: { 'date-parts': [[2025, 8, 19]] },
  accessed: { 'date-parts': [[2026, 11, 27]] },
  URL: 'https://www.wsj.com/world/putin-zelensky-meeting-challenges-ed44eb54',
  language: 'en-US',
  archive: 'An annotated edition',
  archive_location: 'https://example.org/articles/a/#q:~:text=not%20a%20player',
  note: 'Quoted words: “not a player” (Tatiana Stanovaya).',
};

describe('citations formatted by Citation.js', () => {
  it('gives each style’s reference and in-text citation, the text the same words as the HTML', () => {
    const styles = formatCitations(ITEM, { given: 'Tatiana', family: 'Stanovaya' });
    expect(styles.map((s) => s.style)).toEqual(['apa', 'mla', 'chicago']);
    expect(styles.map((s) => s.inText.text)).toEqual([
      '(Stanovaya, as cited in Grove & Luxmoore, 2025)',
      '(qtd. in Grove and Luxmoore)',
      'Tatiana Stanovaya, quoted in Grove and Luxmoore, “Putin Calls Zelensky the West’s Illegitimate Puppet. Can He Talk Peace with Him?”',
    ]);
    const plain = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&#38;/g, '&');
    for (const s of styles) {
      expect(plain(s.reference.html)).toBe(s.reference.text);
      expect(plain(s.inText.html)).toBe(s.inText.text);
    }
    // The archive location is a URL: no style may capitalise it.
    expect(styles.every((s) => s.reference.text.includes(ITEM.archive_location))).toBe(true);
  });

  it('without a speaker, the in-text citation is the article’s own', () => {
    expect(formatCitations(ITEM)[0]!.inText.text).toBe('(Grove & Luxmoore, 2025)');
  });

  // Formatted once per shape, with tokens for the values pages differ in; where citeproc
  // would treat a value otherwise than its token, the item is formatted alone.
  const cases: [string, CslItem, (CslName | CslLiteralName)?][] = [
    ['the article', ITEM],
    ['a person quoted', ITEM, { given: 'Tatiana', family: 'Stanovaya' }],
    ['an organisation quoted', ITEM, { literal: 'European Commission' }],
    ['a speaker with one name', ITEM, { given: '', family: 'Reuters' }],
    ['a speaker with an apostrophe', ITEM, { given: 'Conan', family: 'O’Brien' }],
    ['an address ending in a full stop', { ...ITEM, archive_location: 'https://example.org/a/#q:~:text=end.' }],
    ['an ampersand in the address', { ...ITEM, archive_location: 'https://example.org/?a=1&b=2' }],
    ['quotation marks in the archive', { ...ITEM, archive: 'An “annotated” edition' }],
    ['two spaces in the archive', { ...ITEM, archive: 'An  annotated edition' }],
    ['a note citeproc reads a field from', { ...ITEM, note: 'type: book' }],
    ['a superscript character in the title', { ...ITEM, title: 'The 1ª division' }],
  ];
  it.each(cases)('gives what formatting the item alone gives: %s', (_, item, speaker) => {
    expect(formatCitations(item, speaker)).toEqual(formatCitationsDirect(item, speaker));
  });

  it('writes BibTeX keyed by the page’s id', () => {
    expect(toBibtex([ITEM])).toMatch(/^@article\{q_id,$/m);
  });

  it('writes RIS that reads back whole: one line per value, authors and the full date', () => {
    const ris = toRis([ITEM]);
    expect(ris.split('\n').every((line) => line === '' || /^[A-Z][A-Z0-9] {2}-/.test(line))).toBe(true);
    expect(ris).toContain('A1  - Grove, Thomas\n');
    expect(ris).not.toMatch(/^PY {2}-/m);
    const [back] = new Cite(ris).data;
    expect(back).toMatchObject({
      title: ITEM.title,
      author: ITEM.author,
      issued: ITEM.issued,
      URL: ITEM.URL,
      archive_location: ITEM.archive_location,
    });
  });
});
