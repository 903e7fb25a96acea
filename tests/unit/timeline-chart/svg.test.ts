import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../../../src/core/vocabulary.ts';
import { KIND_SHAPES, layoutTimelineChart } from '../../../src/timeline-chart/layout.ts';
import { renderChartSvg, symbolPath } from '../../../src/timeline-chart/svg.ts';
import { FIXTURE, OPTIONS, ev } from '../../helpers/chart-events.ts';

describe('the timeline chart drawn as SVG', () => {
  const layout = layoutTimelineChart(FIXTURE, OPTIONS);

  it('draws one named link per event, in date order, with no styles or ids', () => {
    const svg = renderChartSvg(layout, { title: 'Test chart', className: 'tl-svg' });
    expect(
      [...svg.matchAll(/<a class="([^"]+)" href="([^"]+)" aria-label="([^"]+)"/g)].map((m) => [m[2], m[3]]),
    ).toEqual(layout.marks.map((m) => [m.href, m.name]));
    expect(svg).toContain('<a class="tl-mark k-talks s-proposed is-span"');
    expect(svg).not.toMatch(/style=/);
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 400 \d+" [^>]*role="group" aria-label="Test chart">/);
    expect(svg).not.toMatch(/ id=/);
  });

  it('gives every kind its own shape, so kinds differ by more than colour', () => {
    expect(Object.keys(KIND_SHAPES).sort()).toEqual([...EVENT_KINDS].sort());
    expect(new Set(Object.values(KIND_SHAPES)).size).toBe(EVENT_KINDS.length);
    const kinds = EVENT_KINDS.map((kind, i) => ev(kind, `2020-0${i + 1}-15`, kind));
    const paths = layoutTimelineChart(kinds, OPTIONS).marks.map((m) => symbolPath(m.shape, 0, 0, 10));
    expect(new Set(paths).size).toBe(EVENT_KINDS.length);
  });
});
