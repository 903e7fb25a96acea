import { describe, expect, it } from 'vitest';
import { accessedDate, bibtexKey, cslDate, cslName, dayIn } from '../../../src/citations/csl.ts';
import type { SiteData } from '../../../src/site/types.ts';

describe('citation data', () => {
  it('dates a story by the day printed on it, in New York', () => {
    expect(dayIn(new Date('2025-08-20T01:00:00Z'))).toEqual({ year: 2025, month: 8, day: 19, precision: 'day' });
    expect(dayIn(new Date('2025-08-20T01:00:00Z'), 'UTC')).toEqual({ year: 2025, month: 8, day: 20, precision: 'day' });
  });

  it('writes CSL dates no more precise than known, names family-last, keys without hyphens', () => {
    expect(cslDate({ year: 2025, month: 5, precision: 'month' })).toEqual({ 'date-parts': [[2025, 5]] });
    expect(cslName('Thomas Grove')).toEqual({ given: 'Thomas', family: 'Grove' });
    expect(cslName('Reuters')).toEqual({ given: '', family: 'Reuters' });
    expect(bibtexKey('zelensky-too-afraid')).toBe('zelensky_too_afraid');
  });

  it('takes “accessed” from SOURCE_DATE_EPOCH, else from the newest date in the content', () => {
    const data = {
      articles: [{ entry: { data: { published: new Date('2025-08-20T01:00:00Z') } } }],
      corrections: [{ date: { year: 2026, month: 1, day: 2, precision: 'day' } }],
      quotes: [
        {
          entry: {
            data: {
              sources: [
                { checked: { year: 2026, month: 3, day: 4, precision: 'day' } },
                { article: {}, paragraph: 'p-x' },
              ],
            },
          },
        },
      ],
      glossary: [],
      events: [],
    } as unknown as SiteData;
    expect(accessedDate(data, {})).toEqual({ year: 2026, month: 3, day: 4, precision: 'day' });
    expect(accessedDate(data, { SOURCE_DATE_EPOCH: '1767225600' })).toEqual({
      year: 2026,
      month: 1,
      day: 1,
      precision: 'day',
    });
  });
});
