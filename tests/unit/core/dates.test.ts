import { describe, expect, it } from 'vitest';
import {
  compareSpans,
  formatDateSpan,
  parseDateSpan,
  parseIsoDateTime,
  parsePartialDate,
} from '../../../src/core/dates.ts';

const span = (text: string) => {
  const s = parseDateSpan(text);
  if (!s) throw new Error(`bad test date ${text}`);
  return s;
};

describe('dates at their precision', () => {
  it('parse day, month and year precision', () => {
    expect(parsePartialDate('2025-06-18')).toEqual({ year: 2025, month: 6, day: 18, precision: 'day' });
    expect(parsePartialDate('2025-06')).toEqual({ year: 2025, month: 6, precision: 'month' });
    expect(parsePartialDate('2014')).toEqual({ year: 2014, precision: 'year' });
  });

  it('reject impossible or malformed dates instead of rolling them over', () => {
    for (const bad of ['2025-02-30', '2025-13', '2025-6-1', 'June 2025', '', '2025-00-10']) {
      expect(parsePartialDate(bad), bad).toBeUndefined();
    }
    expect(parseDateSpan('2025-05-16/2025-05-15')).toBeUndefined();
    expect(parseIsoDateTime('2025-02-30T10:00:00Z')).toBeUndefined();
    expect(parseIsoDateTime('next Tuesday')).toBeUndefined();
    expect(parseIsoDateTime('2025-08-20T01:00:00Z')?.toISOString()).toBe('2025-08-20T01:00:00.000Z');
  });

  it('render "June 2025" as June 2025, never as June 1', () => {
    expect(formatDateSpan(span('2025-06'))).toBe('June 2025');
    expect(formatDateSpan(span('2019'))).toBe('2019');
    expect(formatDateSpan(span('2025-08-15'))).toBe('August 15, 2025');
  });

  it('render ranges as ranges', () => {
    expect(formatDateSpan(span('2025-05-14/2025-05-15'))).toBe('May 14–15, 2025');
    expect(formatDateSpan(span('2022-09-30/2022-10-04'))).toBe('September 30 – October 4, 2022');
    expect(formatDateSpan(span('2014/2015-03'))).toBe('2014 – March 2015');
  });

  it('order mixed precision by earliest moment, coarser first', () => {
    const sorted = ['2025-06-18', '2025', '2025-06', '2024-05-20', '2025-05-14/2025-05-15', '2025-05-14']
      .map(span)
      .sort(compareSpans);
    expect(sorted.map((s) => s.iso)).toEqual([
      '2024-05-20',
      '2025',
      '2025-05-14',
      '2025-05-14/2025-05-15',
      '2025-06',
      '2025-06-18',
    ]);
  });
});
