/**
 * Time for the chart: the stretch each event covers, their order, the window worth
 * enlarging, and dates and durations in the chart's short words. All in UTC, so every
 * build draws the same chart.
 */
import { utcMonth } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { endOf, startOf, type PartialDate } from '../core/dates.ts';
import type { ChartEvent } from './types.ts';

/** The time an event covers: from the start of its first unit to the end of its last. */
export function extentOf(event: Pick<ChartEvent, 'start' | 'end'>): [Date, Date] {
  return [startOf(event.start), endOf(event.end ?? event.start)];
}

/** Events in time order; coarser first at the same start, as the list on the page orders them. */
export const compareEvents = (a: ChartEvent, b: ChartEvent) => {
  const [a0, a1] = extentOf(a);
  const [b0, b1] = extentOf(b);
  // Coarser first at the same start, as the list on the page orders them.
  return (
    +a0 - +b0 ||
    (a.start.precision === b.start.precision
      ? 0
      : a.start.precision === 'year' || b.start.precision === 'day'
        ? -1
        : 1) ||
    +a1 - +b1 ||
    a.id.localeCompare(b.id)
  );
};

/**
 * The window to enlarge: the shortest stretch that holds a majority of the events, widened
 * to whole months; none when it would not be much shorter than the long view.
 */
export function chooseZoom(
  events: ChartEvent[],
  domain: [Date, Date],
  maxShare: number,
): { start: Date; end: Date } | undefined {
  const sorted = [...events].sort(compareEvents);
  const need = Math.floor(sorted.length / 2) + 1;
  if (sorted.length < 4) return undefined;
  let best: { start: Date; end: Date } | undefined;
  for (let i = 0; i + need <= sorted.length; i++) {
    const members = sorted.slice(i, i + need).map(extentOf);
    const start = members[0]![0];
    const end = new Date(Math.max(...members.map(([, e]) => +e)));
    if (!best || +end - +start < +best.end - +best.start) best = { start, end };
  }
  if (!best) return undefined;
  const window = { start: utcMonth.floor(best.start), end: utcMonth.ceil(best.end) };
  return +window.end - +window.start <= maxShare * (+domain[1] - +domain[0]) ? window : undefined;
}

const fmtDay = utcFormat('%b %-d');
const fmtDayYear = utcFormat('%b %-d, %Y');
export const fmtMonth = utcFormat('%b');
const fmtMonthYear = utcFormat('%b %Y');
export const fmtYear = utcFormat('%Y');
export const fmtMonthLong = utcFormat('%B');
export const fmtIso = utcFormat('%Y-%m-%d');

/** A short date for a label: "Aug 19", "Aug", "Sep 30–Oct 4" (with the year in the long view). */
export function shortDate(event: Pick<ChartEvent, 'start' | 'end'>, withYear: boolean): string {
  const one = (d: PartialDate, year: boolean) => {
    const t = startOf(d);
    if (d.precision === 'year') return fmtYear(t);
    if (d.precision === 'month') return (year ? fmtMonthYear : fmtMonth)(t);
    return (year ? fmtDayYear : fmtDay)(t);
  };
  if (!event.end) return one(event.start, withYear);
  const sameYear = event.start.year === event.end.year;
  if (
    sameYear &&
    event.start.precision === 'day' &&
    event.end.precision === 'day' &&
    event.start.month === event.end.month
  ) {
    return `${fmtDay(startOf(event.start))}–${event.end.day}${withYear ? `, ${event.end.year}` : ''}`;
  }
  return `${one(event.start, withYear && !sameYear)}–${one(event.end, withYear)}`;
}

/** Whole months from `a` to `b` (exclusive) in words: "August 2025", "May–August 2025". */
export function monthsInWords(a: Date, b: Date): string {
  const last = utcMonth.offset(b, -1);
  if (+last === +a) return `${fmtMonthLong(a)} ${fmtYear(a)}`;
  const from = a.getUTCFullYear() === last.getUTCFullYear() ? fmtMonthLong(a) : `${fmtMonthLong(a)} ${fmtYear(a)}`;
  return `${from}–${fmtMonthLong(last)} ${fmtYear(last)}`;
}

/** Whole years and months between two moments, in words: "5 years, 8 months". */
export function yearsAndMonths(from: Date, to: Date): { months: number; text: string } {
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
  if (to.getUTCDate() < from.getUTCDate()) months -= 1;
  const y = Math.floor(months / 12);
  const m = months % 12;
  const part = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return {
    months,
    text: [y > 0 ? part(y, 'year') : '', m > 0 || y === 0 ? part(m, 'month') : ''].filter(Boolean).join(', '),
  };
}
