import type { Collection } from '../schemas/common.ts';
import type { ArticleData, GlossaryData, QuoteData, TimelineData } from '../schemas/index.ts';

/** An entry as loaded, before validation: its id, its file and what the file says. */
export interface RawEntry {
  collection: Collection;
  id: string;
  /** The file, relative to the project, for problems (`content/quotes/x.yaml`). */
  file: string;
  /** The parsed YAML or frontmatter, not yet checked. */
  data: unknown;
  /** The whole file as written, for line numbers (and an article's Markdown body). */
  source: string;
}

/** The validated data of each collection. */
export interface DataOf {
  articles: ArticleData;
  glossary: GlossaryData;
  quotes: QuoteData;
  timeline: TimelineData;
}

/** An entry whose data passed its schema. */
export interface Entry<C extends Collection> {
  id: string;
  file: string;
  source: string;
  data: DataOf[C];
  /** The data as written, before the schema read it: what earlier editions are rebuilt from. */
  raw: Record<string, unknown>;
}

export type ArticleEntry = Entry<'articles'>;
export type GlossaryEntry = Entry<'glossary'>;
export type QuoteEntry = Entry<'quotes'>;
export type EventEntry = Entry<'timeline'>;

/** Every valid entry, by collection. */
export interface Entries {
  articles: ArticleEntry[];
  glossary: GlossaryEntry[];
  quotes: QuoteEntry[];
  timeline: EventEntry[];
}
