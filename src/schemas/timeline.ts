import { z } from 'astro/zod';
import { dateSpan, source, strictEntry, type Reference } from './common.ts';

export const EVENT_KINDS = ['summit', 'talks', 'meeting', 'statement', 'war', 'politics'] as const;
export const EVENT_STATUSES = ['held', 'proposed', 'declined'] as const;

/** One event on the summit timeline, dated at its true precision. */
export function timelineSchema(reference: Reference) {
  return strictEntry(
    {
      date: dateSpan,
      title: z.string({ error: 'add `title:`, short and neutral' }).min(1),
      kind: z.enum(EVENT_KINDS, { error: `\`kind\` must be one of ${EVENT_KINDS.join(', ')}` }),
      status: z.enum(EVENT_STATUSES, { error: `\`status\` must be one of ${EVENT_STATUSES.join(', ')}` }),
      place: reference('glossary').optional(),
      venue: z.string().min(1).optional(),
      participants: z.array(reference('glossary')).default([]),
      summary: z.string({ error: 'add `summary:`, two or three sentences in our own words' }).min(1),
      sources: z.array(source(reference)).min(1, { error: 'cite at least one source: an article paragraph or a public record' }),
    },
    'a timeline event',
  );
}
