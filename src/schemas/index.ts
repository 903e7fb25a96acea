import { articleSchema } from './article.ts';
import { glossarySchema } from './glossary.ts';
import { quoteSchema } from './quote.ts';
import { timelineSchema } from './timeline.ts';

/** Each collection's schema, in one place: the content model at a glance. */
export const schemas = {
  articles: articleSchema,
  glossary: glossarySchema,
  quotes: quoteSchema,
  timeline: timelineSchema,
} as const;

export type { ArticleData } from './article.ts';
export type { GlossaryData } from './glossary.ts';
export type { QuoteData } from './quote.ts';
export type { TimelineData } from './timeline.ts';
