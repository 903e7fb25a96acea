import { describe, expect, it } from 'vitest';
import { wordIndex, wordsOf } from '../../../src/text/word-index.ts';

describe('wordIndex', () => {
  const texts = ['Putin is not afraid.', 'Zelensky said Putin was afraid to come.', 'Talks in Istanbul, 2025.'];
  const candidates = wordIndex(texts);

  it('offers only the texts that hold the phrase’s rarest word', () => {
    expect(candidates('afraid to come')).toEqual([texts[1]]);
    expect(candidates('Putin')).toEqual([texts[0], texts[1]]);
  });

  it('offers nothing for a word no text holds whole (“fraid” is not in “afraid”)', () => {
    expect(candidates('fraid')).toEqual([]);
    expect(candidates('Putin feared')).toEqual([]);
  });

  it('matches words case for case, as quoted words are', () => {
    expect(candidates('putin')).toEqual([]);
  });

  it('offers every text for a phrase without words, which could be anywhere', () => {
    expect(candidates('…')).toEqual(texts);
  });

  it('counts letters with marks and digits as words, in any script', () => {
    expect(wordsOf('Зеленський, 2025 — Türkiye')).toEqual(['Зеленський', '2025', 'Türkiye']);
  });
});
