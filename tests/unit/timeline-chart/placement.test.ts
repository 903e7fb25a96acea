import { describe, expect, it } from 'vitest';
import { assignLanes, dodge } from '../../../src/timeline-chart/placement.ts';

describe('placing labels and marks', () => {
  it('dodge keeps order and gaps, centring a crowd on where it wants to be', () => {
    expect(dodge([50, 50], [10, 10], 0, 0, 200)).toEqual([45, 55]);
    expect(dodge([0, 5, 100], [10, 10, 10], 2, 0, 200)).toEqual([0, 12, 100]);
    expect(dodge([190, 195], [10, 10], 2, 0, 200)).toEqual([178, 190]);
  });

  it('assignLanes takes the first free lane', () => {
    expect(
      assignLanes(
        [
          [0, 10],
          [5, 15],
          [11, 20],
          [12, 30],
        ],
        0,
      ),
    ).toEqual([0, 1, 0, 2]);
  });
});
