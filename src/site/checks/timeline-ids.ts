import type { VFileMessage } from 'vfile-message';
import { problem } from '../../problems/problem.ts';
import type { EventEntry } from '../entries.ts';

/**
 * Event ids are fragment ids on the timeline page, beside the page template's own ids and
 * the year markers: none may be taken twice.
 */
export function checkTimelineIds(events: readonly EventEntry[], reserved: readonly string[]): VFileMessage[] {
  const taken = new Set([...reserved, ...events.map((e) => `year-${e.data.date.start.year}`)]);
  return events
    .filter((e) => taken.has(e.id))
    .map((e) =>
      problem({
        rule: 'unique-ids',
        file: e.file,
        entry: `#${e.id}`,
        reason: `the id “${e.id}” is used twice on /timeline/ (an event id, a year marker or the page template).`,
        fix: 'rename the event file so that each id on the page is different.',
        place: { line: 1, column: 1 },
      }),
    );
}
