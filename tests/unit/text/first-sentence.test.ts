import { describe, expect, it } from 'vitest';
import { firstSentence } from '../../../src/text/first-sentence.ts';

describe('the first sentence', () => {
  it('end the first sentence at a real sentence end, not at “U.S.”', () => {
    expect(firstSentence('Official residence of the U.S. president in Washington. It hosted the talks.')).toBe(
      'Official residence of the U.S. president in Washington.',
    );
    expect(firstSentence('Capital of the U.S. Since 1800 the seat of government.')).toBe(
      'Capital of the U.S. Since 1800 the seat of government.',
    );
    expect(firstSentence('One sentence only')).toBe('One sentence only');
  });
});
