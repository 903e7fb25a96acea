import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { renderArticle, type RenderedArticle } from './render-article.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

export interface Article extends RenderedArticle {
  entry: ArticleEntry;
  slug: string;
  url: string;
}

/** The address of an article page. */
export function articleUrl(slug: string): string {
  return `/articles/${slug}/`;
}

let cache: Promise<Article[]> | undefined;

/**
 * Every article, rendered once per build and newest first. Pages share this so the
 * annotation plugins run once per article, not once per page that links to it.
 */
export function getArticles(): Promise<Article[]> {
  cache ??= (async () => {
    const entries = await getCollection('articles');
    const articles = await Promise.all(
      entries.map(async (entry) => ({
        entry,
        slug: entry.id,
        url: articleUrl(entry.id),
        ...(await renderArticle(markdownOf(entry), entry.filePath ?? entry.id)),
      })),
    );
    return articles.sort((a, b) => b.entry.data.published.getTime() - a.entry.data.published.getTime());
  })();
  return cache;
}

/**
 * An article's Markdown with its frontmatter blanked out rather than removed, so the line
 * numbers in content errors are the line numbers an editor sees in the file.
 */
function markdownOf(entry: ArticleEntry): string {
  if (!entry.filePath) return entry.body ?? '';
  const raw = readFileSync(entry.filePath, 'utf8');
  return raw.replace(/^---\r?\n[\s\S]*?\r?\n---(?=\r?\n)/, (fm) => fm.replace(/[^\n]/g, ''));
}
