import type { VFileMessage } from 'vfile-message';
import { problem } from '../../problems/problem.ts';
import { timelineTemplateIds } from '../../core/template-ids.ts';
import { EVENT_KINDS } from '../../core/vocabulary.ts';
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

/**
 * An event's page is /timeline/<id>/, beside the kind filters' /timeline/<kind>/: an event
 * may not be named for a kind of event, or the two pages would take one address.
 */
export function checkEventPages(events: readonly EventEntry[]): VFileMessage[] {
  const kinds: readonly string[] = EVENT_KINDS;
  return events
    .filter((e) => kinds.includes(e.id))
    .map((e) =>
      problem({
        rule: 'unique-ids',
        file: e.file,
        entry: e.id,
        reason: `the event’s page /timeline/${e.id}/ would take the address of the timeline’s filter for ${e.id} events.`,
        fix: `rename the event file (kinds of event are ${EVENT_KINDS.join(', ')}: none may be an event’s file name).`,
        place: { line: 1, column: 1 },
      }),
    );
}
