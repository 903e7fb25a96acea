import { z } from 'astro/zod';

/**
 * `content/moved.yaml`: addresses that must keep working after they moved. A page that
 * moved (`pages: {old: new}`), or a fragment id that changed on a page (`fragments:
 * {page: {old-id: new-id}}`; the new place may be another page's address).
 */
export const movedSchema = z.strictObject(
  {
    pages: z
      .record(
        z.string().regex(/^\/.*\/$/, { error: 'an old page path starts and ends with “/”, e.g. /people/' }),
        z.string().regex(/^\/.*\/$/, { error: 'a new page path starts and ends with “/”, e.g. /glossary/' }),
      )
      .default({}),
    fragments: z
      .record(
        z.string().regex(/^\/.*\/$/, {
          error: 'fragment moves are grouped by page path, e.g. /articles/putin-zelensky-meeting/',
        }),
        z.record(z.string().min(1), z.string().min(1, { error: 'write the new id, or the address it moved to' })),
      )
      .default({}),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `moved.yaml has two sections, pages and fragments: fix or remove ${issue.keys.join(', ')}`
        : undefined,
  },
);

export type MovedLinks = z.infer<typeof movedSchema>;
