import { describe, expect, it } from 'vitest';
import { ARTICLES_PER_PAGE, byArticle, LIST_SPLIT, RECENT_ARTICLES } from '../../../src/site/archive.ts';
import type { Article } from '../../../src/site/types.ts';

/** An article published on day `n` of 2025 (only what the split reads). */
const article = (n: number) =>
  ({
    slug: `a-${String(n).padStart(4, '0')}`,
    entry: { data: { published: new Date(Date.UTC(2025, 0, n)) } },
  }) as unknown as Article;

describe('lists that grow with the archive, split by article', () => {
  const articles = Array.from({ length: RECENT_ARTICLES + ARTICLES_PER_PAGE * 2 + 3 }, (_, i) => article(i + 1));
  const items = articles.flatMap((a) => [`${a.slug} first`, `${a.slug} second`]);
  const of = (item: string) => articles.find((a) => item.startsWith(a.slug))!;

  it('keeps the newest articles for the index page, newest first, each with its items in order', () => {
    const { recent } = byArticle(items, of);
    expect(recent.map((g) => g.article.slug)).toEqual(
      articles
        .slice(-RECENT_ARTICLES)
        .reverse()
        .map((a) => a.slug),
    );
    expect(recent[0]!.items).toEqual([`${recent[0]!.article.slug} first`, `${recent[0]!.article.slug} second`]);
  });

  it('numbers the pages of earlier articles from the oldest, so a full page keeps its articles as new ones come', () => {
    const before = byArticle(items, of).earlier;
    expect(before.map((p) => p.articles.length)).toEqual([ARTICLES_PER_PAGE, ARTICLES_PER_PAGE, 3]);
    expect(before[0]!.articles.at(-1)!.article.slug).toBe('a-0001');
    const next = article(articles.length + 1);
    const after = byArticle([...items, `${next.slug} first`], (i) => (i.startsWith(next.slug) ? next : of(i))).earlier;
    expect(after[0]).toEqual(before[0]);
    expect(after[1]).toEqual(before[1]);
    expect(after[2]!.articles.length).toBe(4);
  });

  it('has no earlier pages while every article fits on the index page', () => {
    expect(byArticle(items.slice(0, 4), of).earlier).toEqual([]);
  });

  it('splits a list of the articles themselves by the sizes it is given', () => {
    const many = Array.from({ length: LIST_SPLIT.recent + LIST_SPLIT.perPage * 2 + 1 }, (_, i) => article(i + 1));
    const { recent, earlier } = byArticle(many, (a) => a, LIST_SPLIT);
    expect(recent).toHaveLength(LIST_SPLIT.recent);
    expect(recent[0]!.items).toEqual([many.at(-1)]);
    expect(earlier.map((p) => p.articles.length)).toEqual([LIST_SPLIT.perPage, LIST_SPLIT.perPage, 1]);
    expect(earlier[0]!.articles.at(-1)!.article).toBe(many[0]);
  });
});
