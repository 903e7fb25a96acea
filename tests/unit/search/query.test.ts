import { describe, expect, it } from 'vitest';
import { pagefindQuery } from '../../../src/search/query.ts';

describe('what Pagefind is asked', () => {
  it('the parts of words joined by dashes and slashes, as separate words', () => {
    expect(pagefindQuery('2026-11-27')).toBe('2026 11 27');
    expect(pagefindQuery('/quotes/trump-best-friends/')).toBe('quotes trump best friends');
    expect(pagefindQuery('Putin–Zelensky meeting')).toBe('Putin Zelensky meeting');
    expect(pagefindQuery('cease-fire')).toBe('cease fire');
  });

  it('everything else as typed, and a quoted phrase whole', () => {
    expect(pagefindQuery('Kremlin leader')).toBe('Kremlin leader');
    expect(pagefindQuery('U.S. sanctions')).toBe('U.S. sanctions');
    expect(pagefindQuery('"cease-fire" talks-decree')).toBe('"cease-fire" talks decree');
    expect(pagefindQuery('“Putin–Zelensky” 2019/12')).toBe('“Putin–Zelensky” 2019 12');
    expect(pagefindQuery(' - ')).toBe('');
  });
});
