import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { mapClusters, mapNormalized, normalizeText } from '../../../src/text/normalize.ts';
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

  it('maps plain text (read unit by unit) exactly as it maps any text (cluster by cluster)', () => {
    // Letters, spaces of every kind, typographic quotes, a precomposed and a combining accent,
    // an emoji, Hangul jamo that NFC composes, and a singleton NFC replaces (Å for Å).
    const pieces = [
      'a',
      'Z',
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00A0',
      '’',
      '“',
      '”',
      'é',
      'e\u0301',
      '😀',
      '\u1100\u1161',
      '\u212B',
      '.',
      '-',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: next() % 12 }, () => pieces[next() % pieces.length]).join('');
      for (const afterSpace of [false, true])
        expect(mapNormalized(text, afterSpace)).toEqual(mapClusters(text, afterSpace));
    }
  });
});
