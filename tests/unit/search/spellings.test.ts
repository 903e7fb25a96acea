import { describe, expect, it } from 'vitest';
import { buildSite } from '../../../src/site/build-site.ts';
import { didYouMean, expandQuery, maxDistance, spellingTable } from '../../../src/search/spellings.ts';
import { fold } from '../../../src/text/normalize.ts';
import { rawEntries, readContent } from '../../helpers/content.ts';

const { data } = buildSite(rawEntries(readContent()));
const table = spellingTable(
  data.glossary.map((p) => ({
    name: p.entry.data.name,
    aliases: p.entry.data.aliases,
    spellings: p.entry.data.spellings,
  })),
);
const expand = (q: string) => expandQuery(q, table).query;

describe('other spellings search as the article’s', () => {
  it('other romanisations, original-script forms and forms without diacritics', () => {
    expect(expand('Zelenskyy')).toBe('Zelensky');
    expect(expand('Kiev')).toBe('Kyiv');
    expect(expand('Путин')).toBe('Putin');
    expect(expand('Зеленский')).toBe('Zelensky');
    expect(expand('Зеленський')).toBe('Zelensky');
    expect(expand('Turkiye')).toBe('Turkey');
  });

  it('a full name in another spelling searches as the full name', () => {
    expect(expand('Владимир Путин')).toBe('Vladimir Putin');
    expect(expand('Vladimir Zelensky')).toBe('Volodymyr Zelensky');
  });

  it('ignores case and accents, and leaves the rest of the query as typed', () => {
    expect(expand('ZELENSKYY and Trump')).toBe('Zelensky and Trump');
    expect(expand('türkiye talks')).toBe('Turkey talks');
    expect(expand('TÜRKIYE')).toBe('Turkey');
  });

  it('works inside a quoted phrase', () => {
    expect(expand('"Zelenskyy said"')).toBe('"Zelensky said"');
  });

  it('matches whole words only', () => {
    expect(expand('Kievan Rus')).toBe('Kievan Rus');
    expect(expand('Putin')).toBe('Putin');
  });

  it('says what it changed', () => {
    expect(expandQuery('Kiev and Путин', table).changes).toEqual([
      { from: 'Kiev', to: 'Kyiv' },
      { from: 'Путин', to: 'Putin' },
    ]);
  });

  it('folds for comparison: no accents, lower case', () => {
    expect(fold('Türkiye İstanbul E\u0301lysée')).toBe('turkiye istanbul elysee');
  });
});

describe('did you mean', () => {
  it('offers the name a near-miss was meant to be', () => {
    expect(
      didYouMean(
        'Stanovya',
        table.words,
        table.variants.map((v) => v[0]),
      ),
    ).toBe('Stanovaya');
    expect(
      didYouMean(
        'Zelenksy',
        table.words,
        table.variants.map((v) => v[0]),
      ),
    ).toBe('Zelensky');
    expect(
      didYouMean(
        'Medvedv',
        table.words,
        table.variants.map((v) => v[0]),
      ),
    ).toBe('Medvedev');
    expect(
      didYouMean(
        'Zakharva interview',
        table.words,
        table.variants.map((v) => v[0]),
      ),
    ).toBe('Zakharova interview');
    expect(
      didYouMean(
        'Charrap',
        table.words,
        table.variants.map((v) => v[0]),
      ),
    ).toBe('Charap');
  });

  it('offers nothing for words that are known, far from any name, or short', () => {
    for (const q of ['Stanovaya', 'Putin', 'peace', 'sanctions', 'summit', 'Kremlin', 'Putn', 'Kiv', 'Lavrov'])
      expect(
        didYouMean(
          q,
          table.words,
          table.variants.map((v) => v[0]),
        ),
        q,
      ).toBeUndefined();
  });

  it('pins the threshold: no suggestion under five letters, one edit to seven letters, two from eight', () => {
    expect([4, 5, 7, 8, 12].map(maxDistance)).toEqual([-1, 1, 1, 2, 2]);
    expect(
      didYouMean(
        'Stanovya',
        table.words,
        table.variants.map((v) => v[0]),
      ),
    ).toBe('Stanovaya'); // 8 letters, 1 edit
    expect(
      didYouMean(
        'Stanvya',
        table.words,
        table.variants.map((v) => v[0]),
      ),
    ).toBeUndefined(); // 7 letters, 2 edits: too far
    expect(
      didYouMean(
        'Zelenskyyy',
        table.words,
        table.variants.map((v) => v[0]),
      ),
    ).toBe('Zelenskyy'); // near a variant: offered as spelled
  });
});
