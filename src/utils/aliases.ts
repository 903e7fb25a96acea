import { readFileSync, existsSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';

/**
 * Old addresses that must keep working: a page that moved (`pages: {old: new}`) or a
 * fragment id that changed on a page (`fragments: {page: {old: new}}`).
 */
export const aliasesSchema = z.strictObject({
  pages: z.record(z.string().regex(/^\/.*\/$/, { error: 'page paths start and end with “/”, e.g. /people/' }), z.string().regex(/^\//)).default({}),
  fragments: z.record(z.string().regex(/^\//, { error: 'fragment aliases are grouped by page path, e.g. /articles/putin-zelensky-meeting/' }), z.record(z.string(), z.string())).default({}),
});

export type Aliases = z.infer<typeof aliasesSchema>;

/** Read and validate `<content>/aliases.yaml`; an absent file means no aliases. */
export function readAliases(contentDir = process.env.CONTENT_DIR ?? './content'): Aliases {
  const file = `${contentDir}/aliases.yaml`;
  if (!existsSync(file)) return { pages: {}, fragments: {} };
  const result = aliasesSchema.safeParse(parse(readFileSync(file, 'utf8')) ?? {});
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${file}: ${issues}\n  How to fix: see “Links that last” in README.md for the format.`);
  }
  return result.data;
}
