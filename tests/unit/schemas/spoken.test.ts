import { describe, expect, it } from 'vitest';
import { coversQuote, spoken } from '../../../src/schemas/spoken.ts';

const record = {
  title: 'Лавров сказал, что РФ не отказывается ни от каких форматов работы по Украине',
  url: 'https://www.interfax.ru/russia/1042909',
  excerpt: 'Вместе с тем, отметил министр, "надо любые контакты с участием первых лиц готовить предельно тщательно".',
  language: 'ru',
  translation:
    'At the same time, the minister noted, “any contacts involving the top leaders must be prepared with the utmost care.”',
  checked: '2026-12-03',
};
const original = {
  text: 'надо любые контакты с участием первых лиц готовить предельно тщательно',
  covers: 'whole',
  gloss: 'literal',
  source: record,
};

/** The schema's messages for a value, as `path: message` lines. */
function errors(value: unknown): string[] {
  const result = spoken.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('how a quote was spoken', () => {
  it('accepts English words as they are, a translation with its original, and a search that found none', () => {
    expect(errors({ language: 'en' })).toEqual([]);
    expect(errors({ language: 'ru', original })).toEqual([]);
    expect(errors({ language: 'uk', notFound: 'We looked in Ukrainian reports and found none.' })).toEqual([]);
    expect(errors({ language: 'und', notFound: 'The article does not say.' })).toEqual([]);
  });

  it('asks a translated quote for its original words or for what was looked for, never both', () => {
    expect(errors({ language: 'uk' })).toEqual([
      'original: a quote spoken in “uk” needs `original:` (the speaker’s words from a public record) or `notFound:` (what we looked for)',
    ]);
    expect(errors({ language: 'ru', original, notFound: 'x' })).toEqual([
      'notFound: give `original` or `notFound`, not both (say in `original.note` what part was not found)',
    ]);
    expect(errors({ language: 'und' })[0]).toMatch(/^notFound: where the language is not known/);
    expect(errors({ language: 'en', notFound: 'x' })).toEqual([
      'notFound: words spoken in English need no `notFound`: remove it',
    ]);
  });

  it('takes the original words only from a record that contains them, in the language they were spoken in', () => {
    expect(errors({ language: 'ru', original: { ...original, text: 'любые встречи' } })).toEqual([
      'original.source.excerpt: the source’s excerpt must contain the original words exactly as `text:` gives them: copy the passage that holds them',
    ]);
    expect(errors({ language: 'uk', original })).toEqual([
      'original.source.language: the record of the original words must be in the language they were spoken in (“uk”): set its `language:` to it, or cite a record in that language',
    ]);
  });

  it('lets the original cover the whole quote or words of it, however their marks are typed', () => {
    const quote = 'I’m ready to meet, but if it’s some kind of final stage';
    expect(coversQuote('whole', quote)).toBe(true);
    expect(coversQuote("if it's some kind of final stage", quote)).toBe(true);
    expect(coversQuote('ready to talk', quote)).toBe(false);
  });
});
