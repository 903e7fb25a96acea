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
  // Counted from the end in one pass: the list can hold an archive's corrections.
  const seen = new Map<string, number>();
  const days: string[] = new Array<string>(list.length);
  for (let i = list.length - 1; i >= 0; i--) {
    const day = isoOf(list[i]!.date);
    const key = `${group(list[i]!)} ${day}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    days[i] = `${day}${nth(n)}`;
  }
  return days;
}

/**
 * The ids of one entry's corrections on its page, in the list's order: the list's id and
 * the day, `corrections-2026-11-27`, `article-corrections-2026-11-27-2`.
 */
export function correctionIds(list: readonly { date: PartialDate }[], listId: string): string[] {
  return correctionDays(list, () => '').map((day) => `${listId}-${day}`);
}
