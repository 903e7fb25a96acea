import type { VFile } from 'vfile';
import type { BlockKind } from '../text/text-model.ts';
import type { TextQuote } from '../text/quote-selector.ts';
import type { Snippet } from '../text/snippet.ts';

/*
 * The facts each plugin records, defined here (not in the plugins) so the plugins and
 * everything that reads the facts import them from one place, and none imports another.
 */

/** A section heading, for the table of contents (rehype-heading-links). */
export interface HeadingInfo {
  depth: number;
  id: string;
  text: string;
}

/** A paragraph, list item or caption (rehype-block-ids). */
export interface BlockInfo {
  id: string;
  kind: Exclude<BlockKind, 'heading'>;
  /** Its text as printed, whitespace tidied (blocks inside it kept apart by a space). */
  text: string;
  /** The section heading it falls under, if any. */
  section?: string;
}

/** A quote anchored in the text (rehype-quote-anchors). */
export interface AnchoredQuote {
  id: string;
  /** The id of the block (paragraph, caption, list item, heading) that holds the quote. */
  block: string;
  /**
   * A W3C TextQuoteSelector for the words as the page prints them (typographic marks kept,
   * each run of spaces and line breaks one space): the exact words, and
   * SELECTOR_CONTEXT characters of the block's text before and after (never
   * across the block's edges), more where the article's text (its notes included) has
   * those words and context twice, as annotation tools match them against the page's text.
   */
  selector: TextQuote;
}

/** A mention of a glossary entry (rehype-mentions). */
export interface Mention {
  /** The mention's own id in the article, e.g. `p-trumps-call-for-a-meeting-m-vladimir-putin`. */
  id: string;
  entry: string;
  alias: string;
  /** The id of the paragraph, list item or caption that holds it. */
  block: string;
  /** The words around it, for the glossary page. */
  snippet: Snippet;
  linked: boolean;
}

/** A link from a paragraph to a timeline event (rehype-event-markers). */
export interface MarkerInfo {
  id: string;
  event: string;
  block: string;
}

export type { Snippet };

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
