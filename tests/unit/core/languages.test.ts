import { describe, expect, it } from 'vitest';
import { languageName, languageRuns, quotedIn } from '../../../src/core/languages.ts';

describe('languages', () => {
  it('names a language in English, and says when it is not known', () => {
    expect(languageName('ru')).toBe('Russian');
    expect(languageName('uk')).toBe('Ukrainian');
    expect(languageName('und')).toBe('not known');
  });

  it('quotes words in their language’s marks (CLDR), English marks for one not listed', () => {
    expect(quotedIn('ru', 'предельно тщательно')).toBe('«предельно тщательно»');
    expect(quotedIn('uk', 'Тому')).toBe('«Тому»');
    expect(quotedIn('de', 'Selenskyj')).toBe('„Selenskyj“');
    expect(quotedIn('sr-Latn', 'x')).toBe('“x”');
  });

  it('marks the words a note quotes in guillemets with the language of the record that holds them', () => {
    const languageOf = (words: string) => (words === 'Тому' ? 'uk' : undefined);
    expect(languageRuns('The article drops «Тому» (that is why) and «нічого».', languageOf)).toEqual([
      { text: 'The article drops ' },
      { text: '«Тому»', language: 'uk' },
      { text: ' (that is why) and «нічого».' },
    ]);
  });
});
