import { isoOf, type PartialDate } from '../core/dates.ts';

/*
 * Every correction has an id of its own, on its entry's page and on /corrections/, so a
 * link (and the feed's guid) names one correction: the day it was made, and `-2`, `-3` for
 * a second and third one of the same entry on the same day. Those are counted from the last
 * written (lists are written newest first), so adding a correction never changes another's id.
 */

const nth = (n: number) => (n > 1 ? `-${n}` : '');

/** Each correction's day, and which one of its group's corrections of that day it is (1 for the first written last). */
export function correctionDays<T extends { date: PartialDate }>(list: readonly T[], group: (c: T) => string): string[] {
  const key = (c: T) => `${group(c)} ${isoOf(c.date)}`;
  return list.map((c, i) => `${isoOf(c.date)}${nth(1 + list.slice(i + 1).filter((d) => key(d) === key(c)).length)}`);
}

/**
 * The ids of one entry's corrections on its page, in the list's order: the list's id and
 * the day, `corrections-2026-11-27`, `article-corrections-2026-11-27-2`.
 */
export function correctionIds(list: readonly { date: PartialDate }[], listId: string): string[] {
  return correctionDays(list, () => '').map((day) => `${listId}-${day}`);
}
