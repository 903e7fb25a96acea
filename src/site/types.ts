import type { RenderedArticle } from '../markdown/article-processor.ts';
import type { Mention } from '../markdown/rehype-mentions.ts';
import type { ArticleEntry, EventEntry, GlossaryEntry, QuoteEntry } from './entries.ts';

/** A Markdown field as rendered once at build time: HTML for pages, text for search. */
export interface Rendered {
  html: string;
  text: string;
}

export interface Article extends Omit<RenderedArticle, 'messages'> {
  entry: ArticleEntry;
  slug: string;
  url: string;
}

/** A quote with everything its pages need. */
export interface Quote {
  entry: QuoteEntry;
  id: string;
  article: Article;
  speaker: GlossaryEntry;
  voices?: GlossaryEntry;
  place?: GlossaryEntry;
  /** The block (paragraph) that holds it. */
  paragraph: string;
  /** Link to the quote's exact spot in the article. */
  inContext: string;
  context: Rendered;
  annotation: Rendered;
}

/** A timeline event with its references resolved. */
export interface TimelineEvent {
  entry: EventEntry;
  id: string;
  place?: GlossaryEntry;
  participants: GlossaryEntry[];
  /** The article paragraphs it cites, as links to them and back from the event marker. */
  paragraphs: { article: Article; paragraph: string; marker: string }[];
  summary: Rendered;
}

/** A glossary entry with everything that points at it. */
export interface Person {
  entry: GlossaryEntry;
  id: string;
  mentions: (Mention & { article: Article })[];
  quotes: Quote[];
  events: TimelineEvent[];
}

export interface SiteData {
  articles: Article[];
  quotes: Quote[];
  glossary: Person[];
  events: TimelineEvent[];
}
