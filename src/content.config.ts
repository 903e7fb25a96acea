import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { quoteSchema } from './schemas/quote.ts';
import { timelineSchema } from './schemas/timeline.ts';

/**
 * Content lives in the top-level `content/` folder, one folder per collection.
 * CONTENT_DIR points the build at another folder: the bad-content fixtures and the scale
 * benchmark use it.
 */
const CONTENT_DIR = process.env.CONTENT_DIR ?? './content';

const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: `${CONTENT_DIR}/articles` }),
  schema: articleSchema,
});

const glossary = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${CONTENT_DIR}/glossary` }),
  schema: glossarySchema,
});

const quotes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${CONTENT_DIR}/quotes` }),
  schema: quoteSchema(reference),
});

const timeline = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${CONTENT_DIR}/timeline` }),
  schema: timelineSchema(reference),
});

export const collections = { articles, glossary, quotes, timeline };
