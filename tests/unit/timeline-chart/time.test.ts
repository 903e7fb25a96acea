import { describe, expect, it } from 'vitest';
import { extentOf, shortDate, yearsAndMonths } from '../../../src/timeline-chart/time.ts';
import { FIXTURE, ev, iso } from '../../helpers/chart-events.ts';

describe('time on the chart', () => {
  it('covers each date from the start of its first unit to the end of its last', () => {
    expect(extentOf(FIXTURE[0]!).map(iso)).toEqual(['2019-12-09', '2019-12-10']);
    expect(extentOf(FIXTURE[1]!).map(iso)).toEqual(['2022-01-01', '2023-01-01']);
    expect(extentOf(FIXTURE[3]!).map(iso)).toEqual(['2025-06-01', '2025-07-01']);
    expect(extentOf(FIXTURE[4]!).map(iso)).toEqual(['2025-06-18', '2025-06-20']);
  });

  it('formats short dates and spans of time with d3-time-format', () => {
    expect(shortDate(ev('a', '2022-09-30/2022-10-04', 'politics'), true)).toBe('Sep 30–Oct 4, 2022');
    expect(shortDate(ev('a', '2025-06-18/2025-06-19', 'politics'), false)).toBe('Jun 18–19');
    expect(shortDate(ev('a', '2025-08', 'politics'), false)).toBe('Aug');
    expect(shortDate(ev('a', '2014', 'politics'), true)).toBe('2014');
    expect(yearsAndMonths(new Date('2019-12-09'), new Date('2025-08-19')).text).toBe('5 years, 8 months');
    expect(yearsAndMonths(new Date('2019-12-09'), new Date('2020-12-08')).text).toBe('11 months');
    expect(yearsAndMonths(new Date('2019-12-09'), new Date('2021-12-09')).text).toBe('2 years');
  });
});
