import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { mapNormalized, normalizeText } from '../../../src/text/normalize.ts';
import { textBlocks } from '../../../src/text/text-model.ts';

const tree = (html: string): Root => fromHtml(html, { fragment: true });

describe('normalization', () => {
  it('is NFC, straight quote marks, single spaces', () => {
    expect(normalizeText('“Zelensky’s”\n  term')).toBe('"Zelensky\'s" term');
    expect(normalizeText('E\u0301lyse\u0301e')).toBe('Élysée');
  });

  it('maps every normalized character back to its stretch of the raw text', () => {
    const mapped = mapNormalized('Ze\u0301  x');
    expect(mapped.map((c) => [c.printed, c.start, c.end])).toEqual([
      ['Z', 0, 1],
      ['é', 1, 3],
      [' ', 3, 5],
      ['x', 5, 6],
    ]);
  });

  it('keeps printed and compared text the same length', () => {
    const [block] = textBlocks(tree('<p>“It’s   here,” she said.</p>'));
    expect(block!.printed).toBe('“It’s here,” she said.');
    expect(block!.text).toBe('"It\'s here," she said.');
    expect(block!.origins.length).toBe(block!.text.length);
  });
});
