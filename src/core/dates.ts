/** How exactly a date is known. */
export type Precision = 'year' | 'month' | 'day';

/** A calendar date known to a given precision; missing parts are unknown, not "1". */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
}

/** A date or a start–end range, as written in content: `2025`, `2025-06`, `2025-06-18`, `A/B`. */
export interface DateSpan {
  start: PartialDate;
  end?: PartialDate;
  /** The text as written, kept for `<time datetime>`. */
  iso: string;
}

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting impossible dates such as 2025-02-30. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const m = PARTIAL.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(m[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (day < 1 || probe.getUTCMonth() !== month - 1) return undefined;
  return { year, month, day, precision: 'day' };
}

/** Parse a date or a range `START/END` (ISO 8601 interval notation); undefined if invalid. */
export function parseDateSpan(text: string): DateSpan | undefined {
  const [a, b, ...rest] = text.trim().split('/');
  if (rest.length > 0 || a === undefined) return undefined;
  const start = parsePartialDate(a);
  if (!start) return undefined;
  if (b === undefined) return { start, iso: text.trim() };
  const end = parsePartialDate(b);
  if (!end || compareDates(start, end) >= 0) return undefined;
  return { start, end, iso: text.trim() };
}

/** The ISO text of a partial date, at its own precision (`2025-06`, never `2025-06-01`). */
export function isoOf(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (date.precision === 'year') return String(date.year);
  if (date.precision === 'month') return `${date.year}-${pad(date.month!)}`;
  return `${date.year}-${pad(date.month!)}-${pad(date.day!)}`;
}

/**
 * Order partial dates by their earliest possible moment, and a less precise date before a
 * more precise one that starts with it ("2025" before "2025-06" before "2025-06-18").
 */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

/** The first moment of a partial date, in UTC: its first day. */
export function startOf(date: PartialDate): Date {
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

/** The moment just after a partial date ends, in UTC: the next day, month or year. */
export function endOf(date: PartialDate): Date {
  if (date.precision === 'day') return new Date(Date.UTC(date.year, date.month! - 1, date.day! + 1));
  if (date.precision === 'month') return new Date(Date.UTC(date.year, date.month!, 1));
  return new Date(Date.UTC(date.year + 1, 0, 1));
}

/** Order spans by start, then by end (a span without an end comes first). */
export function compareSpans(a: DateSpan, b: DateSpan): number {
  return compareDates(a.start, b.start) || (a.end ? (b.end ? compareDates(a.end, b.end) : 1) : b.end ? -1 : 0);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A partial date in words at its own precision: "2019", "June 2025", "June 18, 2025". */
export function formatPartialDate(date: PartialDate): string {
  if (date.precision === 'year') return String(date.year);
  const month = MONTHS[date.month! - 1]!;
  if (date.precision === 'month') return `${month} ${date.year}`;
  return `${month} ${date.day}, ${date.year}`;
}

/**
 * A span in words, as [start, separator, end] so pages can put each end in its own
 * `<time>`. Ranges share what they can: "May 14–15, 2025", "September 30 – October 4, 2022".
 */
export function formatDateSpanParts(span: DateSpan): [string] | [string, string, string] {
  const { start, end } = span;
  if (!end) return [formatPartialDate(start)];
  if (start.precision === 'day' && end.precision === 'day' && start.year === end.year) {
    const m1 = MONTHS[start.month! - 1]!;
    if (start.month === end.month) return [`${m1} ${start.day}`, '–', `${end.day}, ${end.year}`];
    return [`${m1} ${start.day}`, ' – ', `${MONTHS[end.month! - 1]} ${end.day}, ${end.year}`];
  }
  if (start.precision === 'month' && end.precision === 'month' && start.year === end.year) {
    return [MONTHS[start.month! - 1]!, '–', `${MONTHS[end.month! - 1]} ${end.year}`];
  }
  return [formatPartialDate(start), ' – ', formatPartialDate(end)];
}

/** A span in words: see formatDateSpanParts. */
export function formatDateSpan(span: DateSpan): string {
  return formatDateSpanParts(span).join('');
}

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** Parse a full ISO date or date-time strictly: impossible days are errors, not rolled over. */
export function parseIsoDateTime(text: string): Date | undefined {
  if (!ISO_DATETIME.test(text)) return undefined;
  if (!parsePartialDate(text.slice(0, 10))) return undefined;
  const date = new Date(text.length === 10 ? `${text}T00:00:00Z` : text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
