import { describe, expect, it } from 'vitest';
import {
  BET_MARK,
  betField,
  betKey,
  betMatch,
  nameWords,
  OPENING_WORDS,
  rankResults,
  type Ranked,
} from '../../../src/search/ranking.ts';

const ranked = (...ids: string[]): Ranked[] => ids.map((id, i) => ({ id, score: 10 - i }));

describe('a name as one index word', () => {
  it('folds case and accents, drops quote marks and punctuation, and joins and ends the words with the mark', () => {
    expect(betKey('Kremlin leader')).toBe('kremlinǂleaderǂ');
    expect(betKey('KREMLIN   LEADER')).toBe('kremlinǂleaderǂ');
    expect(betKey('Türkiye')).toBe('turkiyeǂ');
    expect(betKey('TÜRKIYE')).toBe(betKey('turkiye'));
    expect(betKey('U.S.')).toBe('usǂ');
    expect(betKey('“let’s do it,”')).toBe(betKey("let's do it"));
    expect(betKey('"let\'s do it"')).toBe('letsǂdoǂitǂ');
  });

  it('keeps every script we attest, in lower case, and splits words at dashes and slashes', () => {
    expect(betKey('Путин')).toBe('путинǂ');
    expect(betKey('ПУТІН')).toBe(betKey('Путін'));
    expect(betKey('Україна')).toBe(betKey('УКРАЇНА'));
    expect(betKey('Elmendorf–Richardson')).toBe('elmendorfǂrichardsonǂ');
    expect(betKey('a meeting—including')).toBe('aǂmeetingǂincludingǂ');
    expect(betKey('3½ years')).toBe('3½ǂyearsǂ');
  });

  it('has no word for text without letters or digits', () => {
    expect(betKey('')).toBe('');
    expect(betKey(' “” … ')).toBe('');
    expect(nameWords('“”')).toEqual([]);
  });

  it('is one word to Pagefind: only letters and digits, nothing it would split on', () => {
    for (const name of ['Vladimir Putin', 'U.S.', 'What Putin will say now is ‘let’s do it,’ but', 'Зеленський'])
      expect(betKey(name)).toMatch(/^[\p{L}\p{N}]+$/u);
    expect(BET_MARK).toMatch(/^\p{Lo}$/u);
    expect(BET_MARK.normalize('NFD')).toBe(BET_MARK);
    expect(BET_MARK.toLowerCase()).toBe(BET_MARK);
  });

  it('lists each of a record’s names once, space-separated', () => {
    expect(betField(['Vladimir Putin', 'Putin', 'putin', 'Kremlin leader'])).toBe(
      'vladimirǂputinǂ putinǂ kremlinǂleaderǂ',
    );
    expect(betField([])).toBe('');
  });
});

describe('how a record answers a query', () => {
  const putin = betField(['Vladimir Putin', 'Putin', 'Kremlin leader', 'Путин']);
  const quote = betField(['What Putin will say now is ‘let’s do it,’ but first we need to talk']);

  it('exactly, for any of its names in any case, accents or quote marks', () => {
    for (const query of ['putin', 'PUTIN', 'Kremlin leader', 'путин', ' Vladimir  Putin '])
      expect(betMatch(query, putin, { openings: false }), query).toBe('exact');
    expect(betMatch('Kremlin', putin, { openings: false })).toBeUndefined();
    expect(betMatch('Putin Zelensky', putin, { openings: false })).toBeUndefined();
  });

  it('by its opening words, for a quote, from OPENING_WORDS words on, at a word boundary', () => {
    expect(OPENING_WORDS).toBe(3);
    expect(betMatch('What Putin will', quote, { openings: true })).toBe('opening');
    expect(betMatch('what putin will say now is “let’s do it”', quote, { openings: true })).toBe('opening');
    expect(betMatch('What Putin', quote, { openings: true })).toBeUndefined();
    expect(betMatch('What Putin wi', quote, { openings: true })).toBeUndefined();
    expect(betMatch('Putin will say', quote, { openings: true })).toBeUndefined();
    expect(betMatch('What Putin will', quote, { openings: false })).toBeUndefined();
  });

  it('not at all for an empty query or a record without names', () => {
    expect(betMatch('', putin, { openings: true })).toBeUndefined();
    expect(betMatch('"“”"', putin, { openings: true })).toBeUndefined();
    expect(betMatch('Putin', '', { openings: true })).toBeUndefined();
  });
});

describe('the order of results', () => {
  it('keeps Pagefind’s order when nothing is named', () => {
    expect(rankResults(ranked('a', 'b', 'c'), [])).toEqual(['a', 'b', 'c']);
  });

  it('puts a best bet first, wherever Pagefind ranked it, and lists it once', () => {
    expect(rankResults(ranked('a', 'b', 'entry', 'c'), [{ id: 'entry', match: 'exact' }])).toEqual([
      'entry',
      'a',
      'b',
      'c',
    ]);
  });

  it('leads with a bet Pagefind did not find at all', () => {
    expect(rankResults(ranked('a', 'b'), [{ id: 'original-words', match: 'exact' }])).toEqual([
      'original-words',
      'a',
      'b',
    ]);
  });

  it('puts the exact quote before one that merely opens with the words, then the rest', () => {
    const order = rankResults(ranked('longer', 'a', 'exact', 'b'), [
      { id: 'longer', match: 'opening' },
      { id: 'exact', match: 'exact' },
    ]);
    expect(order).toEqual(['exact', 'longer', 'a', 'b']);
  });

  it('orders equal bets as Pagefind ranks them, then as they were found', () => {
    expect(
      rankResults(ranked('a', 'second', 'first'), [
        { id: 'unranked', match: 'exact' },
        { id: 'first', match: 'exact' },
        { id: 'second', match: 'exact' },
        { id: 'first', match: 'exact' },
      ]),
    ).toEqual(['second', 'first', 'unranked', 'a']);
  });

  it('orders the rest by a relevance given (an exact phrase), Pagefind’s order breaking ties', () => {
    const relevance = new Map([
      ['passage', 1],
      ['quote', 5],
      ['other', 1],
    ]);
    expect(rankResults(ranked('passage', 'other', 'quote', 'unscored'), [], relevance)).toEqual([
      'quote',
      'passage',
      'other',
      'unscored',
    ]);
    expect(rankResults(ranked('passage', 'quote'), [{ id: 'passage', match: 'exact' }], relevance)).toEqual([
      'passage',
      'quote',
    ]);
  });
});
