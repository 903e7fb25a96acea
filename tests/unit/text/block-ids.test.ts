import { describe, expect, it } from 'vitest';
import { asciiSlug, blockIds, paragraphSlug, textHash } from '../../../src/text/block-ids.ts';

describe('block ids', () => {
  it('slug the first five words, ignoring quote marks', () => {
    expect(paragraphSlug('“They haven’t been exactly best friends,” he said')).toBe('they-havent-been-exactly-best');
  });

  it('fold accents to ASCII, the alphabet content ids use', () => {
    expect(paragraphSlug('Élysée Palace talks in Paris, 2019')).toBe('elysee-palace-talks-in-paris');
    expect(paragraphSlug('Dolmabahçe and Çırağan palaces hosted')).toBe('dolmabahce-and-ciragan-palaces-hosted');
    // A decomposed accent (e + combining acute) folds the same way as the precomposed one.
    expect(paragraphSlug('E\u0301lyse\u0301e Palace talks in Paris')).toBe('elysee-palace-talks-in-paris');
    expect(paragraphSlug('Путин и Зеленский')).toBe('putin-i-zelenskiy');
  });

  it('never have double dashes or a dash at either end', () => {
    expect(paragraphSlug('Peace – or not – soon')).toBe('peace-or-not');
    expect(asciiSlug('— A dash first')).toBe('a-dash-first');
    expect(asciiSlug('a -- b')).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('disambiguate blocks that open alike by their whole text, whatever their order', () => {
    const a = 'The first and only time Putin met Zelensky was in 2019.';
    const b = 'The first and only time they spoke was by phone.';
    const forward = blockIds([a, b]);
    const backward = blockIds([b, a]);
    expect(forward).toEqual([`p-the-first-and-only-time-${textHash(a)}`, `p-the-first-and-only-time-${textHash(b)}`]);
    expect(backward).toEqual([forward[1], forward[0]]);
  });

  it('stay unique for identical blocks', () => {
    const ids = blockIds(['Same words here.', 'Same words here.']);
    expect(new Set(ids).size).toBe(2);
  });
});
