import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../../src/timeline-chart/text-width.ts';

describe('label text', () => {
  it('wraps a label after its bold date, never past the width', () => {
    expect(wrapLabel('May 11', 'Putin proposes direct talks in Istanbul', 150, 12)).toEqual([
      'Putin proposes',
      'direct talks in Istanbul',
    ]);
    expect(wrapLabel('Sep 30–Oct 4, 2022', 'Ukraine declares', 140, 12)).toEqual(['', 'Ukraine declares']);
  });
});
