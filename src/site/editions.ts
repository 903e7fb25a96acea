import { isDeepStrictEqual } from 'node:util';
import type { PartialDate } from '../core/dates.ts';

/** A correction as the editions need it: when, and the earlier values of what it changed. */
export interface CorrectionChange {
  date: PartialDate;
  before: Record<string, unknown>;
}

/**
 * One edition of an entry: its number (1 is the first published), the days it was the
 * current one (`from` the correction that made it, `until` the one that replaced it), its
 * fields as they stood (raw, as written in the content), and the correction that ended it.
 */
export interface Edition<C extends CorrectionChange = CorrectionChange> {
  number: number;
  from?: PartialDate;
  until?: PartialDate;
  data: Record<string, unknown>;
  /** The correction that made this edition (none for the first). */
  madeBy?: C;
  /** The correction that replaced it (none for the current one). */
  endedBy?: C;
}

/** The value at a field path (`said.dateNote`) of raw data. */
export function valueAt(data: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), data);
}

/** A copy of raw data with a field path set (`undefined` and `null` remove it). */
function withValue(data: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const out = { ...data };
  if (rest.length > 0) out[head] = withValue((data[head] as Record<string, unknown>) ?? {}, rest.join('.'), value);
  else if (value === null || value === undefined) delete out[head];
  else out[head] = value;
  return out;
}

/**
 * Corrections in the order they were made, oldest first. Lists are written newest first;
 * on the same day, the one written higher was made later.
 */
export function inOrderMade<C extends CorrectionChange>(written: readonly C[]): C[] {
  const dayOf = (d: PartialDate) => d.year * 10_000 + (d.month ?? 0) * 100 + (d.day ?? 0);
  return written
    .map((c, i) => ({ c, i }))
    .sort((a, b) => dayOf(a.c.date) - dayOf(b.c.date) || b.i - a.i)
    .map(({ c }) => c);
}

/**
 * Every edition of an entry, oldest first, from its current fields and its corrections:
 * the current edition is the entry as it is; each earlier one is the next with the fields
 * its correction changed set back to their `before` values. An entry never corrected has
 * one edition.
 */
export function editionsOf<C extends CorrectionChange>(
  current: Record<string, unknown>,
  written: readonly C[],
): Edition<C>[] {
  const made = inOrderMade(written);
  const datas: Record<string, unknown>[] = [current];
  for (const c of [...made].reverse()) {
    let earlier = datas[0]!;
    for (const [path, value] of Object.entries(c.before)) earlier = withValue(earlier, path, value);
    datas.unshift(earlier);
  }
  return datas.map((data, i) => ({
    number: i + 1,
    data,
    ...(i > 0 ? { from: made[i - 1]!.date, madeBy: made[i - 1]! } : {}),
    ...(i < made.length ? { until: made[i]!.date, endedBy: made[i]! } : {}),
  }));
}

/** Text compared as an editor sees it: trailing spaces and the final line break aside. */
const comparable = (v: unknown): unknown => (typeof v === 'string' ? v.replace(/\s+$/, '') : v);

/**
 * The fields a correction claims to change but records with the words they have after it
 * (so it changed nothing there): each is a mistake in the correction, not a change.
 */
export function unchangedFields<C extends CorrectionChange>(
  editions: readonly Edition<C>[],
): { correction: C; path: string }[] {
  const out: { correction: C; path: string }[] = [];
  for (const edition of editions) {
    const c = edition.madeBy;
    if (!c) continue;
    for (const [path, before] of Object.entries(c.before)) {
      const after = valueAt(edition.data, path);
      if (isDeepStrictEqual(comparable(before ?? undefined), comparable(after))) out.push({ correction: c, path });
    }
  }
  return out;
}
