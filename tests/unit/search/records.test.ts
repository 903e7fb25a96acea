import { describe, expect, it } from 'vitest';
import { buildSite } from '../../../src/site/build-site.ts';
import { searchRecords } from '../../../src/search/records.ts';
import { fold } from '../../../src/text/normalize.ts';
import { rawEntries, readContent } from '../../helpers/content.ts';

const { data } = buildSite(rawEntries(readContent()));
const records = searchRecords(data);
const at = (url: string) => records.find((r) => r.url === url)!;

/** A text's words as Pagefind indexes them: letters and digits, in lower case, without accents. */
const words = (text: string) => fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];

describe('what Pagefind may match in a record', () => {
  it('in the metadata, only a title, the names, and a context whose every word is in the text', () => {
    for (const record of records) {
      expect(
        Object.keys(record.meta).filter((k) => !['title', 'bet', 'context'].includes(k)),
        record.url,
      ).toEqual([]);
      if (record.meta.context === undefined) continue;
      const text = new Set(words(record.content));
      expect(
        words(record.meta.context).filter((w) => !text.has(w)),
        `${record.url}: context words not in its text`,
      ).toEqual([]);
    }
  });

  it('no date, address or id in anything searched: they are filters, returned and never matched', () => {
    const date = /\b(January|February|March|April|May|June|July|August|September|October|November|December) \d/;
    for (const record of records) {
      const searched = [record.meta.title, record.meta.context ?? ''];
      expect(
        searched.filter((s) => /\/(glossary|quotes|timeline|articles)\/|#/.test(s)),
        record.url,
      ).toEqual([]);
      if (record.filters.date)
        expect(
          searched.some((s) => date.test(s)),
          record.url,
        ).toBe(false);
    }
    expect(at('/timeline/#alaska-summit').filters.date).toEqual(['August 15, 2025']);
    expect(at('/articles/putin-zelensky-meeting/#trump-best-friends').filters.date).toEqual(['August 19, 2025']);
  });

  it('a paragraph is titled by its section and carries its article as a filter, not as words', () => {
    const article = data.articles[0]!;
    const paragraph = at(`${article.url}#p-trumps-call-for-a-meeting`);
    expect(paragraph.meta).toEqual({ title: 'Trump’s push for a meeting' });
    expect(paragraph.filters.article).toEqual([article.entry.data.title]);
    // A photo caption before the first heading is titled by its own opening words.
    const caption = records.find((r) => r.url.startsWith(`${article.url}#photo-`))!;
    expect(caption.meta.title).toBe('“The first and only time Russian President Vladimir…”');
  });

  it('the article itself is found by its headline and dek', () => {
    const article = data.articles[0]!;
    expect(at(article.url)).toMatchObject({
      meta: { title: article.entry.data.title },
      content: expect.stringContaining('Zelensky'),
      filters: { kind: ['section'], person: [] },
    });
  });
});
