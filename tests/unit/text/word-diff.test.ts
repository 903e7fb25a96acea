import { describe, expect, it } from 'vitest';
import { addedStretches, compactDiff, joinChanges, wordDiff } from '../../../src/text/word-diff.ts';

describe('word diffs', () => {
  const before = 'The article calls the decree vaguely worded and says it drew ire.';
  const after = 'The article mentions a vaguely worded decree, which it says drew Moscow’s ire.';

  it('say which words went and which came, in reading order, and rebuild both texts', () => {
    const parts = wordDiff(before, after);
    expect(
      parts
        .filter((p) => p.change !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.change !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
    expect(parts.slice(0, 3)).toEqual([
      { text: 'The article ' },
      { text: 'calls', change: 'removed' },
      { text: 'mentions', change: 'added' },
    ]);
  });

  it('find the stretches of the new text a change added, joined across a few kept words, ending at a word', () => {
    const stretches = addedStretches(wordDiff(before, after));
    expect(stretches.map(([s, e]) => after.slice(s, e))).toEqual([
      'mentions a vaguely worded decree, which it says drew Moscow’s',
    ]);
    // Three kept words between two changes: one stretch; four: two.
    const three = 'one two 3 four five six seven';
    expect(addedStretches(wordDiff('one two three four five six', three)).map(([s, e]) => three.slice(s, e))).toEqual([
      '3 four five six seven',
    ]);
    const four = 'one two 3 four five six eight seven';
    expect(
      addedStretches(wordDiff('one two three four five six eight', four)).map(([s, e]) => four.slice(s, e)),
    ).toEqual(['3', 'seven']);
  });

  it('cut long kept stretches down to a few words either side of a change', () => {
    const kept = Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ');
    const parts = compactDiff(wordDiff(`${kept} old end`, `${kept} new end`), 3);
    expect(parts.map((p) => `${p.change ?? ''}:${p.text}`)).toEqual([
      ':… w27 w28 w29 ',
      'removed:old',
      'added:new',
      ': end',
    ]);
  });
});

describe('changes joined into runs', () => {
  it('reads words replaced in turns as one removed run and one added run, keeping the words around them', () => {
    const parts = joinChanges([
      { text: 'Reports', change: 'removed' },
      { text: 'The', change: 'added' },
      { text: ' ' },
      { text: 'differ', change: 'removed' },
      { text: 'meeting', change: 'added' },
      { text: ' on the day.' },
    ]);
    expect(parts).toEqual([
      { text: 'Reports differ', change: 'removed' },
      { text: 'The meeting', change: 'added' },
      { text: ' on the day.' },
    ]);
  });
});
