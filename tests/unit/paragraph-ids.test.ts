import { describe, expect, it } from 'vitest';
import { paragraphIds, paragraphSlug, textHash } from '../../src/utils/paragraph-ids.ts';

describe('paragraph ids', () => {
  it('slug the first five words, ignoring quote marks', () => {
    expect(paragraphSlug('“They haven’t been exactly best friends,” he said')).toBe('they-havent-been-exactly-best');
  });

  it('disambiguate paragraphs that open alike by their whole text, whatever their order', () => {
    const a = 'The first and only time Putin met Zelensky was in 2019.';
    const b = 'The first and only time they spoke was by phone.';
    const forward = paragraphIds([a, b]);
    const backward = paragraphIds([b, a]);
    expect(forward).toEqual([`p-the-first-and-only-time-${textHash(a)}`, `p-the-first-and-only-time-${textHash(b)}`]);
    expect(backward).toEqual([forward[1], forward[0]]);
  });

  it('stay unique for identical paragraphs', () => {
    const ids = paragraphIds(['Same words here.', 'Same words here.']);
    expect(new Set(ids).size).toBe(2);
  });
});
