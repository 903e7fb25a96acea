import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { markdownFiles } from './integrations/markdown-files-loader.ts';

/**
 * Content lives in the top-level `content/` folder, one folder per collection; Astro's
 * content layer loads it (and watches it in `astro dev`). The collections have no schema
 * here on purpose: `src/site/build-site.ts` validates every entry with the zod schemas in
 * `src/schemas/` and reports every problem of every entry in one build, where Astro would
 * stop at the first. CONTENT_DIR points the build at another folder (fixtures, the scale
 * benchmark).
 */
const CONTENT_DIR = process.env.CONTENT_DIR ?? './content';

export const collections = {
  articles: defineCollection({ loader: markdownFiles(`${CONTENT_DIR}/articles`) }),
  glossary: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${CONTENT_DIR}/glossary` }) }),
  quotes: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${CONTENT_DIR}/quotes` }) }),
  timeline: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${CONTENT_DIR}/timeline` }) }),
};
