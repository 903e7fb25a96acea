import type { Article } from './types.ts';

/** How many of the newest articles an index page (quotes, a glossary entry) shows in full. */
export const RECENT_ARTICLES = 5;

/** How many key quotes the front page shows, from the newest articles. */
export const FEATURED_QUOTES = 6;

/** How many articles each page of earlier ones holds. */
export const ARTICLES_PER_PAGE = 10;

/**
 * The same for the lists with one line an article (the articles, the articles with
 * corrections): at about 250 bytes a line, 1,000 articles on one page made it 223–264 KB.
 */
export const LIST_SPLIT = { recent: 50, perPage: 50 };

/** One page of what earlier articles hold: its number, its articles (newest first) and their items. */
export interface EarlierPage<T> {
  number: number;
  articles: { article: Article; items: T[] }[];
}

/** What a list that grows with the archive shows: the newest articles' items, and pages of the earlier ones. */
export interface ArchiveSplit<T> {
  recent: { article: Article; items: T[] }[];
  earlier: EarlierPage<T>[];
}

/**
 * Items that belong to articles (quotes, mentions), by article: those of the newest
 * `recent` articles for the index page itself, and the rest on numbered pages of `perPage`
 * articles counted from the oldest, so a page keeps its number and its articles as new
 * ones are published (only the last page fills up). Articles are ordered newest first, as
 * the site lists them; within an article, items keep their order.
 */
export function byArticle<T>(
  items: readonly T[],
  articleOf: (item: T) => Article,
  { recent: count = RECENT_ARTICLES, perPage = ARTICLES_PER_PAGE } = {},
): ArchiveSplit<T> {
  const groups = new Map<Article, T[]>();
  for (const item of items) {
    const article = articleOf(item);
    const list = groups.get(article);
    if (list) list.push(item);
    else groups.set(article, [item]);
  }
  const newestFirst = [...groups.entries()]
    .map(([article, list]) => ({ article, items: list }))
    .sort(
      (a, b) =>
        b.article.entry.data.published.getTime() - a.article.entry.data.published.getTime() ||
        a.article.slug.localeCompare(b.article.slug),
    );
  const recent = newestFirst.slice(0, count);
  const older = newestFirst.slice(count).reverse();
  const earlier: EarlierPage<T>[] = [];
  for (let i = 0; i < older.length; i += perPage)
    earlier.push({ number: earlier.length + 1, articles: older.slice(i, i + perPage).reverse() });
  return { recent, earlier };
}
