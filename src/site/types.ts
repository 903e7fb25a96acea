import type { RenderedArticle } from '../markdown/article-processor.ts';
import type { Mention } from '../markdown/article-facts.ts';
import type { TextQuote } from '../text/quote-selector.ts';
import type { Collection } from '../schemas/common.ts';
import type { PartialDate } from '../core/dates.ts';
import type { ArticleEntry, EventEntry, GlossaryEntry, QuoteEntry } from './entries.ts';

/** A Markdown field as rendered once at build time: HTML for pages, text for search. */
export interface Rendered {
  html: string;
  text: string;
}

export interface Article extends Omit<RenderedArticle, 'messages' | 'siteLinks'> {
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
  /** Its words as the article page prints them, with context: a W3C TextQuoteSelector. */
  selector: TextQuote;
  context: Rendered;
  annotation: Rendered;
}

/** A timeline event with its references resolved. */
export interface TimelineEvent {
  entry: EventEntry;
  id: string;
  place?: GlossaryEntry;
  participants: GlossaryEntry[];
  /** Those invited or expected who did not take part. */
  declined: GlossaryEntry[];
  /** The article paragraphs it cites, as links to them and back from the event marker. */
  paragraphs: { article: Article; paragraph: string; marker: string }[];
  summary: Rendered;
}

/** A glossary entry (a person, place or organisation) with everything that points at it. */
export interface Entity {
  entry: GlossaryEntry;
  id: string;
  mentions: (Mention & { article: Article })[];
  quotes: Quote[];
  events: TimelineEvent[];
}

/** An entry taken back: what it was, and the notice its address now shows. */
export interface Withdrawn {
  collection: Exclude<Collection, 'articles'>;
  id: string;
  /** What it was: the quote's words, the entry's name, the event's title. */
  name: string;
  /** The address it keeps. */
  url: string;
  file: string;
  withdrawn: { date: PartialDate; why: string; instead?: string };
}

/** One correction, with the entry it belongs to, for the corrections page and the feed. */
export interface CorrectionRecord {
  date: PartialDate;
  what: string;
  why: string;
  /** The entry corrected: its kind, name and the address of its corrections. */
  entry: { collection: Collection; id: string; name: string; url: string };
}

export interface SiteData {
  articles: Article[];
  quotes: Quote[];
  glossary: Entity[];
  events: TimelineEvent[];
  /** Entries taken back, whose addresses show a notice. */
  withdrawn: Withdrawn[];
  /** Every correction, newest first. */
  corrections: CorrectionRecord[];
  /** Per page, fragment ids that moved or were withdrawn and where they now lead. */
  fragmentRedirects: Record<string, Record<string, string>>;
}
