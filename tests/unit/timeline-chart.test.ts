import { describe, expect, it } from 'vitest';
import { parseDateSpan } from '../../src/utils/dates.ts';
import {
  CHART_SIZES,
  KIND_SHAPES,
  assignLanes,
  chooseZoom,
  dodge,
  extentOf,
  layoutTimelineChart,
  shortDate,
  wrapLabel,
  yearsAndMonths,
  type ChartEvent,
  type ChartKind,
  type ChartLayout,
  type ChartStatus,
} from '../../src/utils/timeline-chart.ts';
import { renderChartSvg, symbolPath } from '../../src/utils/timeline-chart-svg.ts';
import { EVENT_KINDS } from '../../src/schemas/timeline.ts';

const PAIR = ['vladimir-putin', 'volodymyr-zelensky'];
const ev = (id: string, date: string, kind: ChartKind, status: ChartStatus = 'held', participants: string[] = []): ChartEvent => {
  const span = parseDateSpan(date);
  if (!span) throw new Error(`bad test date ${date}`);
  return { id, title: `Event ${id}`, start: span.start, end: span.end, kind, status, participants };
};

/** Seven events: one meeting of the pair in 2019, a year-long war, then four in one summer. */
const FIXTURE: ChartEvent[] = [
  ev('paris', '2019-12-09', 'summit', 'held', PAIR),
  ev('war', '2022', 'war'),
  ev('may', '2025-05-11', 'statement'),
  ev('june', '2025-06', 'talks', 'proposed', PAIR),
  ev('range', '2025-06-18/2025-06-19', 'meeting'),
  ev('aug-a', '2025-08-19', 'statement'),
  ev('aug-b', '2025-08-19', 'statement', 'declined'),
];
const OPTIONS = { ...CHART_SIZES.wide, width: 400, pairName: 'Putin–Zelensky' };
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Where the panel's own linear time scale puts a date, rounded as the layout rounds. */
function yOf(layout: ChartLayout, panel: 'context' | 'focus', date: string): number {
  const p = layout.panels.find((x) => x.name === panel)!;
  const [d0, d1] = p.domain.map((d) => Date.parse(`${d}T00:00:00Z`));
  const t = Date.parse(`${date}T00:00:00Z`);
  return Math.round((p.top + ((t - d0!) / (d1! - d0!)) * (p.bottom - p.top)) * 10) / 10;
}

describe('the timeline chart layout', () => {
  const layout = layoutTimelineChart(FIXTURE, OPTIONS);
  const mark = (id: string) => layout.marks.find((m) => m.id === id)!;

  it('covers each date from the start of its first unit to the end of its last', () => {
    expect(extentOf(FIXTURE[0]!).map(iso)).toEqual(['2019-12-09', '2019-12-10']);
    expect(extentOf(FIXTURE[1]!).map(iso)).toEqual(['2022-01-01', '2023-01-01']);
    expect(extentOf(FIXTURE[3]!).map(iso)).toEqual(['2025-06-01', '2025-07-01']);
    expect(extentOf(FIXTURE[4]!).map(iso)).toEqual(['2025-06-18', '2025-06-20']);
  });

  it('zooms on the shortest stretch holding most events, in whole months', () => {
    // Four of seven: June (the month) to August 19 is shorter than May 11 to August 19.
    const zoom = chooseZoom(FIXTURE, [new Date('2019-01-01'), new Date('2026-01-01')], 0.25)!;
    expect([iso(zoom.start), iso(zoom.end)]).toEqual(['2025-06-01', '2025-09-01']);
    expect(layout.zoom).toMatchObject({ start: '2025-06-01', end: '2025-09-01', count: 4 });
    expect(layout.panels.map((p) => [p.name, p.domain, p.heading])).toEqual([
      ['context', ['2019-01-01', '2026-01-01'], '2019–2025, the long view'],
      ['focus', ['2025-06-01', '2025-09-01'], 'June–August 2025, enlarged'],
    ]);
    // Evenly spread events get no zoom: the window would be most of the long view.
    const even = ['2015', '2017', '2019', '2021', '2023'].map((y, i) => ev(`e${i}`, `${y}-06-01`, 'politics'));
    expect(layoutTimelineChart(even, OPTIONS).panels.map((p) => p.name)).toEqual(['context']);
  });

  it('draws every event once, in date order, in the panel that holds it', () => {
    expect(layout.marks.map((m) => [m.id, m.panel])).toEqual([
      ['paris', 'context'],
      ['war', 'context'],
      ['may', 'context'],
      ['june', 'focus'],
      ['range', 'focus'],
      ['aug-a', 'focus'],
      ['aug-b', 'focus'],
    ]);
  });

  it('puts a day in the middle of its day and draws months, years and ranges as spans', () => {
    expect(mark('paris')).toMatchObject({ span: false, y0: 45.4, y1: 45.4, cy: 45.4 });
    expect(mark('paris').y0).toBe(yOf(layout, 'context', '2019-12-09'));
    expect(mark('war')).toMatchObject({ span: true, y0: yOf(layout, 'context', '2022-01-01'), y1: yOf(layout, 'context', '2023-01-01'), cy: 91.5 });
    expect(mark('june')).toMatchObject({ span: true, y0: yOf(layout, 'focus', '2025-06-01'), y1: yOf(layout, 'focus', '2025-07-01') });
    expect(mark('range')).toMatchObject({ span: true, y0: yOf(layout, 'focus', '2025-06-18'), y1: yOf(layout, 'focus', '2025-06-20') });
    expect(mark('aug-a')).toMatchObject({ span: false, y0: yOf(layout, 'focus', '2025-08-19'), y1: yOf(layout, 'focus', '2025-08-20') });
  });

  it('moves marks that would touch into lanes beside the axis', () => {
    expect(layout.marks.map((m) => [m.id, m.lane, m.cx])).toEqual([
      ['paris', 0, 47.5],
      ['war', 0, 47.5],
      ['may', 0, 47.5],
      ['june', 0, 47.5],
      ['range', 1, 60.5],
      ['aug-a', 0, 47.5],
      ['aug-b', 1, 60.5],
    ]);
  });

  it('labels every mark with its date, in time order, no two labels touching', () => {
    expect(layout.marks.map((m) => m.label.date)).toEqual(['Dec 9, 2019', '2022', 'May 11, 2025', 'Jun', 'Jun 18–19', 'Aug 19', 'Aug 19']);
    for (const panel of ['context', 'focus'] as const) {
      const boxes = [
        ...layout.marks.filter((m) => m.panel === panel).map((m) => m.label.box),
        ...(panel === 'context' ? [layout.zoom!.note.label.box, layout.gap!.note.label.box] : []),
      ].sort((a, b) => a.y - b.y);
      boxes.slice(1).forEach((b, i) => expect(b.y).toBeGreaterThanOrEqual(boxes[i]!.y + boxes[i]!.height + OPTIONS.labelGap - 0.1));
      for (const b of boxes) expect(b.x + b.width).toBeLessThanOrEqual(OPTIONS.width);
    }
    expect(mark('range').name).toBe('June 18–19, 2025: Event range');
    expect(mark('june').name).toBe('June 2025: Event june (proposed, not held)');
    expect(mark('aug-b').name).toBe('August 19, 2025: Event aug-b (declined)');
  });

  it('ticks each year on the long view and each month when enlarged, the closing one unlabelled', () => {
    expect(layout.panels[0]!.ticks.map((t) => t.text)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025', '']);
    expect(layout.panels[1]!.ticks.map((t) => [t.iso, t.text])).toEqual([
      ['2025-06-01', 'Jun'],
      ['2025-07-01', 'Jul'],
      ['2025-08-01', 'Aug'],
      ['2025-09-01', ''],
    ]);
    expect(layout.panels[1]!.ticks[2]!.y).toBe(yOf(layout, 'focus', '2025-08-01'));
  });

  it('rings the pair’s held meetings and measures the time since the last one, from the data', () => {
    expect(layout.meetings).toEqual(['paris']); // June's meeting was only proposed
    expect(layout.marks.filter((m) => m.highlight).map((m) => m.id)).toEqual(['paris']);
    expect(layout.gap).toMatchObject({ from: '2019-12-10', to: '2025-08-20', months: 68, text: '5 years, 8 months' });
    expect(layout.gap!.note.text).toBe('No Putin–Zelensky meeting since: 5 years, 8 months');
    expect(layout.gap!.segments).toEqual([
      { panel: 'context', y0: yOf(layout, 'context', '2019-12-10'), y1: yOf(layout, 'context', '2025-08-20') },
      { panel: 'focus', y0: yOf(layout, 'focus', '2025-06-01'), y1: yOf(layout, 'focus', '2025-08-20') },
    ]);
    // A later meeting of the pair moves the start of the gap.
    const met = layoutTimelineChart([...FIXTURE, ev('geneva', '2025-07-01', 'summit', 'held', PAIR)], OPTIONS);
    expect(met.gap).toMatchObject({ from: '2025-07-02', months: 1, text: '1 month' });
  });

  it('gives an added event its own mark, with no code change', () => {
    const more = layoutTimelineChart([...FIXTURE, ev('decree', '2024-05-20', 'politics'), ev('alaska', '2025-08-15', 'summit')], OPTIONS);
    expect(more.marks.map((m) => m.id)).toEqual(['paris', 'war', 'decree', 'may', 'june', 'range', 'alaska', 'aug-a', 'aug-b']);
    expect(more.marks.find((m) => m.id === 'alaska')).toMatchObject({ panel: 'focus', href: '/timeline/#alaska', shape: 'circle', span: false });
    expect(more.zoom?.count).toBe(5);
  });

  it('is the same every time, and draws one named link per event in date order', () => {
    expect(layoutTimelineChart([...FIXTURE].reverse(), OPTIONS)).toEqual(layout);
    const svg = renderChartSvg(layout, { title: 'Test chart', className: 'tl-svg' });
    expect([...svg.matchAll(/<a class="([^"]+)" href="([^"]+)" aria-label="([^"]+)"/g)].map((m) => [m[2], m[3]])).toEqual(layout.marks.map((m) => [m.href, m.name]));
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

  it('draws nothing for no events', () => {
    expect(layoutTimelineChart([], OPTIONS)).toMatchObject({ height: 0, marks: [], panels: [] });
  });
});

describe('layout helpers', () => {
  it('dodge keeps order and gaps, centring a crowd on where it wants to be', () => {
    expect(dodge([50, 50], [10, 10], 0, 0, 200)).toEqual([45, 55]);
    expect(dodge([0, 5, 100], [10, 10, 10], 2, 0, 200)).toEqual([0, 12, 100]);
    expect(dodge([190, 195], [10, 10], 2, 0, 200)).toEqual([178, 190]);
  });

  it('assignLanes takes the first free lane', () => {
    expect(assignLanes([[0, 10], [5, 15], [11, 20], [12, 30]], 0)).toEqual([0, 1, 0, 2]);
  });

  it('wraps a label after its bold date, never past the width', () => {
    expect(wrapLabel('May 11', 'Putin proposes direct talks in Istanbul', 150, 12)).toEqual(['Putin proposes', 'direct talks in Istanbul']);
    expect(wrapLabel('Sep 30–Oct 4, 2022', 'Ukraine declares', 140, 12)).toEqual(['', 'Ukraine declares']);
  });

  it('formats short dates and spans of time with d3-time-format', () => {
    expect(shortDate(ev('a', '2022-09-30/2022-10-04', 'politics'), true)).toBe('Sep 30–Oct 4, 2022');
    expect(shortDate(ev('a', '2025-06-18/2025-06-19', 'politics'), false)).toBe('Jun 18–19');
    expect(shortDate(ev('a', '2025-08', 'politics'), false)).toBe('Aug');
    expect(shortDate(ev('a', '2014', 'politics'), true)).toBe('2014');
    expect(yearsAndMonths(new Date('2019-12-09'), new Date('2025-08-19')).text).toBe('5 years, 8 months');
    expect(yearsAndMonths(new Date('2019-12-09'), new Date('2020-12-08')).text).toBe('11 months');
    expect(yearsAndMonths(new Date('2019-12-09'), new Date('2021-12-09')).text).toBe('2 years');
  });
});
