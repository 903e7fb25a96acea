import { z } from 'astro/zod';
import { EVENT_KINDS, EVENT_STATUSES } from '../core/vocabulary.ts';
import { corrections, dateSpan, ref, source, strictEntry, withdrawal } from './common.ts';

/** One event on the summit timeline, dated at its true precision. */
export const timelineSchema = strictEntry(
  {
    date: dateSpan,
    /** Where reports disagree on the date: the note shown beside it. */
    dateNote: z.string().trim().min(1).optional(),
    title: z.string({ error: 'add `title:`, short and neutral' }).min(1),
    kind: z.enum(EVENT_KINDS, { error: `\`kind\` must be one of ${EVENT_KINDS.join(', ')}` }),
    status: z.enum(EVENT_STATUSES, { error: `\`status\` must be one of ${EVENT_STATUSES.join(', ')}` }),
    place: ref('glossary').optional(),
    venue: z.string().min(1).optional(),
    /** Who took part (or, for a proposed meeting, would). */
    participants: z.array(ref('glossary')).default([]),
    /** Who was invited or expected and did not take part. */
    declined: z.array(ref('glossary')).default([]),
    summary: z.string({ error: 'add `summary:`, two or three sentences in our own words' }).min(1),
    sources: z.array(source()).min(1, { error: 'cite at least one source: an article paragraph or a public record' }),
    corrections,
    withdrawn: withdrawal.optional(),
  },
  'a timeline event',
);

export type TimelineData = z.infer<typeof timelineSchema>;
