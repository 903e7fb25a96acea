import type { VFile } from 'vfile';
import type { HeadingInfo } from './rehype-heading-links.ts';
import type { BlockInfo } from './rehype-block-ids.ts';
import type { AnchoredQuote } from './rehype-quote-anchors.ts';
import type { Mention } from './rehype-mentions.ts';
import type { MarkerInfo } from './rehype-event-markers.ts';

/**
 * What the article pipeline learns about an article, recorded by each plugin on
 * `file.data.article` at the moment it learns it (as Astro's plugins fill
 * `file.data.astro`), so no later step has to read it back out of the HTML.
 */
export interface ArticleFacts {
  /** Section headings, for the table of contents (rehype-heading-links). */
  headings: HeadingInfo[];
  /** Paragraphs, list items, captions: ids, text and section (rehype-block-ids). */
  blocks: BlockInfo[];
  /** Quotes anchored in the text, in reading order (rehype-quote-anchors). */
  quotes: AnchoredQuote[];
  /** Mentions of glossary entries (rehype-mentions). */
  mentions: Mention[];
  /** Links from paragraphs to timeline events (rehype-event-markers). */
  markers: MarkerInfo[];
  /** Every id on the rendered article, in order (rehype-unique-ids). */
  ids: string[];
}

declare module 'vfile' {
  interface DataMap {
    article: ArticleFacts;
    /** For Markdown held in a field of a data entry: the entry and field, e.g. `charap-not-ready, annotation`. */
    field: string;
  }
}

/** The facts namespace of a file, set up empty on first use. */
export function articleFacts(file: VFile): ArticleFacts {
  file.data.article ??= { headings: [], blocks: [], quotes: [], mentions: [], markers: [], ids: [] };
  return file.data.article;
}

/** The first plugin of the pipeline: sets up the namespace, so every later plugin finds it. */
export default function remarkInitArticleData() {
  return (_tree: unknown, file: VFile) => {
    file.data.article = undefined as never;
    articleFacts(file);
  };
}

/** The entry a message is about: the field of a data entry, or the line of an article. */
export function whereIn(file: VFile, line: number | undefined): string {
  return file.data.field ?? `line ${line ?? '?'}`;
}
