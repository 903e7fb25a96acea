import { describe, expect, it } from 'vitest';
import { correctedArticles, correctionGroups, correctionRedirects } from '../../../src/site/correction-groups.ts';
import { LIST_SPLIT } from '../../../src/site/archive.ts';
import type { Article, CorrectionRecord } from '../../../src/site/types.ts';

const record = (collection: CorrectionRecord['entry']['collection'], id: string, day: number, article?: string) =>
  ({
    date: { year: 2026, month: 11, day },
    what: 'w',
    why: 'y',
    index: 0,
    entry: { collection, id, name: id, url: `/${collection}/${id}/`, ...(article ? { article } : {}) },
  }) as CorrectionRecord;

describe('corrections in groups that do not grow with the archive', () => {
  // Newest first, as the site lists them.
  const records = [
    record('quotes', 'q2', 27, 'second'),
    record('glossary', 'putin', 26),
    record('articles', 'first', 25, 'first'),
    record('quotes', 'q1', 24, 'first'),
    record('timeline', 'summit', 23),
  ];
  const titles = new Map([
    ['first', 'First story'],
    ['second', 'Second story'],
  ]);

  it('gives the glossary, the timeline and each article (with its quotes) a page of its own', () => {
    const groups = correctionGroups(records, titles);
    expect(groups.map((g) => [g.path, g.records.map((r) => r.record.entry.id)])).toEqual([
      ['/corrections/glossary/', ['putin']],
      ['/corrections/timeline/', ['summit']],
      ['/corrections/articles/second/', ['q2']],
      ['/corrections/articles/first/', ['first', 'q1']],
    ]);
    expect(groups[3]!.label).toBe('“First story” and its quotes');
  });

  it('sends the ids /corrections/ no longer shows to the same id on their group’s page', () => {
    const groups = correctionGroups(records, titles);
    const shown = new Set([groups[2]!.records[0]!.id]);
    const moved = correctionRedirects(groups, shown);
    expect(Object.keys(moved)).toHaveLength(4);
    expect(moved['correction-quotes-q1-2026-11-24']).toBe(
      '/corrections/articles/first/#correction-quotes-q1-2026-11-24',
    );
  });

  it('lists the corrected articles newest first, the earlier ones on pages numbered from the oldest', () => {
    // More corrected articles than /corrections/articles/ shows, one correction each, the
    // article published on day n corrected on day n.
    const count = LIST_SPLIT.recent + LIST_SPLIT.perPage + 7;
    const slug = (n: number) => `story-${String(n).padStart(3, '0')}`;
    const articles = Array.from(
      { length: count },
      (_, i) => ({ slug: slug(i + 1), entry: { data: { published: new Date(Date.UTC(2025, 0, i + 1)) } } }) as Article,
    );
    const many = [
      record('glossary', 'putin', 28),
      ...articles.map((a, i) => record('articles', a.slug, i + 1, a.slug)).reverse(),
    ];
    const { recent, earlier } = correctedArticles(correctionGroups(many, new Map()), articles);
    expect(recent.map((g) => g.article.slug)).toEqual(
      articles
        .slice(-LIST_SPLIT.recent)
        .reverse()
        .map((a) => a.slug),
    );
    expect(earlier.map((p) => p.articles.length)).toEqual([LIST_SPLIT.perPage, 7]);
    expect(earlier[0]!.articles.at(-1)!.article.slug).toBe(slug(1));
    expect(earlier.flatMap((p) => p.articles).every((a) => a.items[0]!.key === a.article.slug)).toBe(true);
    expect(() => correctedArticles(correctionGroups(many, new Map()), articles.slice(1))).toThrow(
      'Corrections are filed under “story-001”, which is no article',
    );
  });
});
