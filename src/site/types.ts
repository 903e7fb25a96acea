import type { RenderedArticle } from '../markdown/article-processor.ts';
import type { Mention } from '../markdown/article-facts.ts';
import type { TextQuote } from '../text/quote-selector.ts';
import type { Collection } from '../schemas/common.ts';
import type { PartialDate } from '../core/dates.ts';
import type { ArticleEntry, EventEntry, GlossaryEntry, QuoteEntry } from './entries.ts';
import type { CorrectionView, EntryHistory } from './entry-history.ts';

export type { ShownSource } from './entry-history.ts';

/** A Markdown field as rendered once at build time: HTML for pages, text for search. */
export interface Rendered {
  html: string;
  text: string;
  /** The HTML with a marker after the words a correction changed (for the entry's own pages). */
  marked?: string;
}

export interface Article extends Omit<RenderedArticle, 'messages' | 'siteLinks'> {
  entry: ArticleEntry;
  slug: string;
  url: string;
  /** Corrections to our words about it (the dek), and its editions. */
  history: EntryHistory;
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
  history: EntryHistory;
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
  history: EntryHistory;
}

/** A glossary entry (a person, place or organisation) with everything that points at it. */
export interface Entity {
  entry: GlossaryEntry;
  id: string;
  mentions: (Mention & { article: Article })[];
  quotes: Quote[];
  events: TimelineEvent[];
  history: EntryHistory;
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
  /** Its corrections before it was withdrawn (and any after). */
  history: EntryHistory;
}

/** One correction, with the entry it belongs to, for the corrections page and the feed. */
export interface CorrectionRecord {
  date: PartialDate;
  what: string;
  why: string;
  /** Its place in the entry's list as written. */
  index: number;
  /** As the entry's page shows it: its diff and the edition it made (none for a broken entry). */
  view?: CorrectionView;
  /** The entry corrected: its kind, name and the address of its corrections; for an article or quote, the article's slug. */
  entry: { collection: Collection; id: string; name: string; url: string; article?: string };
}

/** One page of corrections: every correction of the glossary, of the timeline, or of one article and its quotes. */
export interface CorrectionGroup {
  /** `glossary`, `timeline`, or the article's slug. */
  key: string;
  /** Its page, as a site path (`/corrections/glossary/`). */
  path: string;
  /** What it holds, for a heading or a link. */
  label: string;
  /** Its corrections, newest first, each with its id and the address on its entry's page. */
  records: { record: CorrectionRecord; id: string; href: string }[];
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
  /** The same, in the groups that have pages of their own (`/corrections/glossary/`…). */
  correctionGroups: CorrectionGroup[];
  /** Per page, fragment ids that moved or were withdrawn and where they now lead. */
  fragmentRedirects: Record<string, Record<string, string>>;
}
