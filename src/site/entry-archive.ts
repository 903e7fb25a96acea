import { byArticle, type ArchiveSplit } from './archive.ts';
import type { Mention } from '../markdown/article-facts.ts';
import type { Article, Entity, Quote } from './types.ts';

/** A glossary entry's mention or quote, as its pages list them by article. */
export type EntryItem = { mention: Mention & { article: Article } } | { quote: Quote };

/**
 * A glossary entry's mentions and quotes split by article (src/site/archive.ts): those of
 * the newest articles, for its page, and numbered pages of earlier ones, which hold both.
 */
export function entryArchive(entity: Entity): {
  mentions: (Mention & { article: Article })[];
  quotes: Quote[];
  recent: ArchiveSplit<EntryItem>['recent'];
  earlier: ArchiveSplit<EntryItem>['earlier'];
} {
  const items: EntryItem[] = [
    ...entity.mentions.map((mention) => ({ mention })),
    ...entity.quotes.map((quote) => ({ quote })),
  ];
  const { recent, earlier } = byArticle(items, (i) => ('mention' in i ? i.mention.article : i.quote.article));
  return {
    mentions: recent.flatMap((g) => g.items.flatMap((i) => ('mention' in i ? [i.mention] : []))),
    quotes: recent.flatMap((g) => g.items.flatMap((i) => ('quote' in i ? [i.quote] : []))),
    recent,
    earlier,
  };
}

/** The mentions and the quotes of one article's items. */
export function splitItems(items: readonly EntryItem[]): {
  mentions: (Mention & { article: Article })[];
  quotes: Quote[];
} {
  return {
    mentions: items.flatMap((i) => ('mention' in i ? [i.mention] : [])),
    quotes: items.flatMap((i) => ('quote' in i ? [i.quote] : [])),
  };
}
