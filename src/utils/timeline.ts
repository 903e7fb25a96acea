import type { EVENT_KINDS, EVENT_STATUSES } from '../schemas/timeline.ts';

type Kind = (typeof EVENT_KINDS)[number];
type Status = (typeof EVENT_STATUSES)[number];

/** How each kind of event is named on the site. */
export const EVENT_KIND_LABELS: Record<Kind, { singular: string; plural: string }> = {
  summit: { singular: 'Summit', plural: 'Summits' },
  talks: { singular: 'Talks', plural: 'Talks' },
  meeting: { singular: 'Meeting', plural: 'Meetings' },
  statement: { singular: 'Statement', plural: 'Statements' },
  war: { singular: 'War', plural: 'War' },
  politics: { singular: 'Politics', plural: 'Politics' },
};

export const STATUS_LABELS: Record<Status, string> = {
  held: 'Held',
  proposed: 'Proposed, not held',
  declined: 'Declined',
};

/** Events (already in date order) grouped under their start year, for year markers. */
export function groupByYear<T extends { entry: { data: { date: { start: { year: number } } } } }>(events: T[]): { year: number; events: T[] }[] {
  const groups: { year: number; events: T[] }[] = [];
  for (const event of events) {
    const year = event.entry.data.date.start.year;
    const last = groups.at(-1);
    if (last?.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}
