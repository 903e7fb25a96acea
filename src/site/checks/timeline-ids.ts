import type { VFileMessage } from 'vfile-message';
import { problem } from '../../problems/problem.ts';
import { timelineTemplateIds } from '../../core/template-ids.ts';
import type { EventEntry } from '../entries.ts';

/**
 * Event ids are fragment ids on the timeline page, beside the page template's own ids
 * (year markers, each event's corrections list): none may be taken twice.
 */
export function checkTimelineIds(events: readonly EventEntry[]): VFileMessage[] {
  const taken = timelineTemplateIds(events.map((e) => ({ id: e.id, year: e.data.date.start.year })));
  return events
    .filter((e) => taken.has(e.id))
    .map((e) =>
      problem({
        rule: 'unique-ids',
        file: e.file,
        entry: `#${e.id}`,
        reason: `the id “${e.id}” is used twice on /timeline/ (an event id, a year marker, an event’s corrections or the page template).`,
        fix: 'rename the event file so that each id on the page is different.',
        place: { line: 1, column: 1 },
      }),
    );
}
