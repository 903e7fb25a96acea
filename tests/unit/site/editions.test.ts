import { describe, expect, it } from 'vitest';
import { editionsOf, inOrderMade, unchangedFields, valueAt } from '../../../src/site/editions.ts';

const day = (d: number) => ({ year: 2026, month: 11, day: d, precision: 'day' as const });

describe('editions', () => {
  const current = { annotation: 'Now the words.', said: { date: '2025-06', where: 'Here' }, sources: ['b'] };
  // Written newest first, as in the content.
  const corrections = [
    { date: day(28), what: 'second', before: { annotation: 'Then the words.', sources: ['a'] } },
    { date: day(27), what: 'first', before: { 'said.date': '2025-06-18', annotation: 'First the words.' } },
  ];

  it('are rebuilt from the current fields, oldest first, each with the days it was current', () => {
    const editions = editionsOf(current, corrections);
    expect(editions.map((e) => [e.number, e.from?.day, e.until?.day, e.madeBy?.what, e.endedBy?.what])).toEqual([
      [1, undefined, 27, undefined, 'first'],
      [2, 27, 28, 'first', 'second'],
      [3, 28, undefined, 'second', undefined],
    ]);
    expect(editions.map((e) => [valueAt(e.data, 'annotation'), valueAt(e.data, 'said.date'), e.data.sources])).toEqual([
      ['First the words.', '2025-06-18', ['a']],
      ['Then the words.', '2025-06', ['a']],
      ['Now the words.', '2025-06', ['b']],
    ]);
    // A field the correction added is absent from the edition before it.
    expect(editionsOf({ dateNote: 'A note.' }, [{ date: day(1), before: { dateNote: null } }])[0]!.data).toEqual({});
    expect(valueAt(editions[0]!.data, 'said.where')).toBe('Here');
  });

  it('keep corrections of one day in the order written: the higher one was made later', () => {
    const a = { date: day(27), before: { x: 1 } };
    const b = { date: day(27), before: { x: 2 } };
    const c = { date: day(26), before: { x: 3 } };
    expect(inOrderMade([a, b, c])).toEqual([c, b, a]);
  });

  it('find a correction that records the words a field has after it', () => {
    const same = [{ date: day(27), before: { annotation: 'Now the words.\n' } }];
    expect(unchangedFields(editionsOf(current, same)).map((u) => u.path)).toEqual(['annotation']);
    expect(unchangedFields(editionsOf(current, corrections))).toEqual([]);
  });
});
