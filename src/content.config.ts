import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';

/**
 * Content lives in the top-level `content/` folder. CONTENT_DIR points the build at
 * another folder: the bad-content fixtures and the scale benchmark use it.
 */
const CONTENT_DIR = process.env.CONTENT_DIR ?? './content';

/** Content lives in the top-level `content/` folder, one collection per kind of entry. */
const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: `${CONTENT_DIR}/articles` }),
  schema: articleSchema,
});

export const collections = { articles };
