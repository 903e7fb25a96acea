import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../../../src/core/vocabulary.ts';
import { KIND_SHAPES, layoutTimelineChart } from '../../../src/timeline-chart/layout.ts';
import { renderChartSvg, symbolPath } from '../../../src/timeline-chart/svg.ts';
import { FIXTURE, OPTIONS, ev } from '../../helpers/chart-events.ts';

describe('the timeline chart drawn as SVG', () => {
  const layout = layoutTimelineChart(FIXTURE, OPTIONS);

  it('draws one named link per event, in date order, with no styles or ids', () => {
    const svg = renderChartSvg(layout, { title: 'Test chart', className: 'tl-svg' });
    // A link is named by its words (the date, then the title's lines), or by its
    // aria-label where the name says more: a status other than held.
    const links = [...svg.matchAll(/<a class="([^"]+)" href="([^"]+)"(?: aria-label="([^"]+)")?>(.*?)<\/a>/g)];
    const words = (inner: string) =>
      inner
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    expect(links.map((m) => [m[2], m[3] ?? words(m[4]!)])).toEqual(layout.marks.map((m) => [m.href, m.name]));
    expect(links.filter((m) => m[3]).map((m) => m[3])).toEqual(
      layout.marks.filter((m) => m.status !== 'held').map((m) => m.name),
    );
    expect(svg).toContain('<a class="k-talks s-proposed" href=');
    expect(svg).not.toMatch(/style=/);
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 400 \d+" [^>]*role="group" aria-label="Test chart">/);
    expect(svg).not.toMatch(/ id=/);
  });

  it('writes paths with relative commands, each step between corners rounded to a tenth', () => {
    // A square of side 8.8 and a triangle, centred on (10, 20).
    expect(symbolPath('square', 10, 20, 10)).toBe('M5.6 15.6h8.8v8.8h-8.8Z');
    expect(symbolPath('triangle-up', 10, 20, 10)).toBe('M10 14.5l5.5 9.8h-11Z');
    expect(symbolPath('diamond', 10, 20, 10)).toBe('M10 14.1l5.9 5.9l-5.9 5.9l-5.9-5.9Z');
  });

  it('gives every kind its own shape, so kinds differ by more than colour', () => {
    expect(Object.keys(KIND_SHAPES).sort()).toEqual([...EVENT_KINDS].sort());
    expect(new Set(Object.values(KIND_SHAPES)).size).toBe(EVENT_KINDS.length);
    const kinds = EVENT_KINDS.map((kind, i) => ev(kind, `2020-0${i + 1}-15`, kind));
    const paths = layoutTimelineChart(kinds, OPTIONS).marks.map((m) => symbolPath(m.shape, 0, 0, 10));
    expect(new Set(paths).size).toBe(EVENT_KINDS.length);
  });
});
