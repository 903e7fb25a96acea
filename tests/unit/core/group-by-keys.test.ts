import { describe, expect, it } from 'vitest';
import { groupByKeys } from '../../../src/core/group-by-keys.ts';

describe('groupByKeys', () => {
  it('files each item under every key it has, once, in the items’ order', () => {
    const events = [
      { id: 'istanbul-talks', people: ['putin', 'zelensky', 'putin'] },
      { id: 'alaska-summit', people: ['putin', 'trump'] },
    ];
    const byPerson = groupByKeys(events, (e) => e.people);
    expect(byPerson.get('putin')?.map((e) => e.id)).toEqual(['istanbul-talks', 'alaska-summit']);
    expect(byPerson.get('zelensky')?.map((e) => e.id)).toEqual(['istanbul-talks']);
    expect(byPerson.has('medvedev')).toBe(false);
  });
});
