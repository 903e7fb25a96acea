import { describe, expect, it } from 'vitest';
import { matchQuote } from '../../../src/text/quote-selector.ts';
import { normalizeText } from '../../../src/text/normalize.ts';

describe('matching a quote selector (W3C TextQuoteSelector)', () => {
  const text = normalizeText('First he said, “no deal.” Then she said, “no deal,” and left.');

  it('finds every occurrence of the exact words, trimmed', () => {
    expect(matchQuote(text, { exact: '  no deal ' }).length).toBe(2);
  });

  it('picks one with a prefix, with or without its comma', () => {
    for (const prefix of ['she said', 'she said,', 'she said, “']) {
      const [m, ...rest] = matchQuote(text, { exact: 'no deal', prefix });
      expect(rest, prefix).toEqual([]);
      expect(text.slice(m!.start - 11, m!.start), prefix).toBe('she said, "');
    }
  });

  it('picks one with a suffix, symmetrically', () => {
    for (const suffix of ['and left', ', and left', '," and left']) {
      expect(matchQuote(text, { exact: 'no deal', suffix }).length, suffix).toBe(1);
    }
    expect(matchQuote(text, { exact: 'no deal', suffix: 'Then she' }).length).toBe(1);
  });

  it('matches whole words only, for the text and for the prefix', () => {
    expect(matchQuote('unafraid and afraid', { exact: 'afraid' })).toEqual([{ start: 13, end: 19 }]);
    expect(matchQuote(text, { exact: 'no deal', prefix: 'e said' }).length).toBe(0);
  });

  it('matches a name typed in decomposed form', () => {
    expect(matchQuote(normalizeText('at the Élysée today'), { exact: 'E\u0301lyse\u0301e' }).length).toBe(1);
  });
});
