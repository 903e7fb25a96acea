import { describe, expect, it } from 'vitest';
import { spokenView } from '../../../src/site/spoken-view.ts';
import { spoken } from '../../../src/schemas/spoken.ts';

const source = {
  title: 'Путин заявил о готовности встретиться с Зеленским',
  publisher: 'Charter97 (citing The Moscow Times)',
  url: 'https://charter97.link/be/news/2025/6/19/644948',
  excerpt: '«Но точку надо [поставить], подпись должна стоять легитимных властей. Иначе…',
  language: 'ru',
  translation: '“But the full stop must [be put]…',
  checked: '2026-12-03',
};

describe('the words as spoken, as readers see them', () => {
  it('shows nothing more for words spoken in English', () => {
    expect(spokenView(spoken.parse({ language: 'en' }))).toBeUndefined();
  });

  it('gives the original in its language’s marks, the full stop outside, with who reported it and the note’s quoted words marked', () => {
    const view = spokenView(
      spoken.parse({
        language: 'ru',
        original: {
          text: 'Но точку надо [поставить], подпись должна стоять легитимных властей.',
          covers: 'But we will need the signature',
          gloss: 'But the full stop must [be put]',
          note: 'It leaves out «Но точку надо».',
          source,
        },
      }),
    )!;
    expect(view.heading).toBe('As spoken, in Russian');
    expect(view.original).toMatchObject({
      quoted: '«Но точку надо [поставить], подпись должна стоять легитимных властей»',
      part: 'But we will need the signature',
      reportedBy: 'Charter97 (citing The Moscow Times)',
      note: [{ text: 'It leaves out ' }, { text: '«Но точку надо»', language: 'ru' }, { text: '.' }],
    });
  });

  it('says plainly when the words were not found, or the language is not known', () => {
    expect(spokenView(spoken.parse({ language: 'uk', notFound: 'We looked.' }))!.heading).toBe(
      'As spoken, in Ukrainian: not found',
    );
    expect(spokenView(spoken.parse({ language: 'und', notFound: 'Not said.' }))).toMatchObject({
      heading: 'As spoken: language not known',
      notFound: [{ text: 'Not said.' }],
    });
  });
});
