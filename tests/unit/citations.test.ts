import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { accessedDate, bibtexKey, cslDate, cslName, dayIn, type CslItem } from '../../src/citations/csl.ts';
import { formatCitations, toBibtex, toRis } from '../../src/citations/format.ts';
import type { SiteData } from '../../src/site/types.ts';

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

describe('citation data', () => {
  it('dates a story by the day printed on it, in New York', () => {
    expect(dayIn(new Date('2025-08-20T01:00:00Z'))).toEqual({ year: 2025, month: 8, day: 19, precision: 'day' });
    expect(dayIn(new Date('2025-08-20T01:00:00Z'), 'UTC')).toEqual({ year: 2025, month: 8, day: 20, precision: 'day' });
  });

  it('writes CSL dates no more precise than known, names family-last, keys without hyphens', () => {
    expect(cslDate({ year: 2025, month: 5, precision: 'month' })).toEqual({ 'date-parts': [[2025, 5]] });
    expect(cslName('Thomas Grove')).toEqual({ given: 'Thomas', family: 'Grove' });
    expect(cslName('Reuters')).toEqual({ given: '', family: 'Reuters' });
    expect(bibtexKey('zelensky-too-afraid')).toBe('zelensky_too_afraid');
  });

  it('takes “accessed” from SOURCE_DATE_EPOCH, else from the newest date in the content', () => {
    const data = {
      articles: [{ entry: { data: { published: new Date('2025-08-20T01:00:00Z') } } }],
      corrections: [{ date: { year: 2026, month: 1, day: 2, precision: 'day' } }],
      quotes: [{ entry: { data: { sources: [{ checked: { year: 2026, month: 3, day: 4, precision: 'day' } }, { article: {}, paragraph: 'p-x' }] } } }],
      glossary: [],
      events: [],
    } as unknown as SiteData;
    expect(accessedDate(data, {})).toEqual({ year: 2026, month: 3, day: 4, precision: 'day' });
    expect(accessedDate(data, { SOURCE_DATE_EPOCH: '1767225600' })).toEqual({ year: 2026, month: 1, day: 1, precision: 'day' });
  });
});

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

  it('writes BibTeX keyed by the page’s id', () => {
    expect(toBibtex([ITEM])).toMatch(/^@article\{q_id,$/m);
  });

  it('writes RIS that reads back whole: one line per value, authors and the full date', () => {
    const ris = toRis([ITEM]);
    expect(ris.split('\n').every((line) => line === '' || /^[A-Z][A-Z0-9] {2}-/.test(line))).toBe(true);
    expect(ris).toContain('A1  - Grove, Thomas\n');
    expect(ris).not.toMatch(/^PY {2}-/m);
    const [back] = new Cite(ris).data;
    expect(back).toMatchObject({ title: ITEM.title, author: ITEM.author, issued: ITEM.issued, URL: ITEM.URL, archive_location: ITEM.archive_location });
  });
});
