import { describe, expect, it } from 'vitest';
import { chooseZoom, layoutTimelineChart } from '../../../src/timeline-chart/layout.ts';
import { FIXTURE, OPTIONS, PAIR, ev, iso, yOf } from '../../helpers/chart-events.ts';

describe('the timeline chart layout', () => {
  const layout = layoutTimelineChart(FIXTURE, OPTIONS);
  const mark = (id: string) => layout.marks.find((m) => m.id === id)!;

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
    expect(mark('war')).toMatchObject({
      span: true,
      y0: yOf(layout, 'context', '2022-01-01'),
      y1: yOf(layout, 'context', '2023-01-01'),
      cy: 91.5,
    });
    expect(mark('june')).toMatchObject({
      span: true,
      y0: yOf(layout, 'focus', '2025-06-01'),
      y1: yOf(layout, 'focus', '2025-07-01'),
    });
    expect(mark('range')).toMatchObject({
      span: true,
      y0: yOf(layout, 'focus', '2025-06-18'),
      y1: yOf(layout, 'focus', '2025-06-20'),
    });
    expect(mark('aug-a')).toMatchObject({
      span: false,
      y0: yOf(layout, 'focus', '2025-08-19'),
      y1: yOf(layout, 'focus', '2025-08-20'),
    });
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
    expect(layout.marks.map((m) => m.label.date)).toEqual([
      'Dec 9, 2019',
      '2022',
      'May 11, 2025',
      'Jun',
      'Jun 18–19',
      'Aug 19',
      'Aug 19',
    ]);
    for (const panel of ['context', 'focus'] as const) {
      const boxes = [
        ...layout.marks.filter((m) => m.panel === panel).map((m) => m.label.box),
        ...(panel === 'context' ? [layout.zoom!.note.label.box, layout.gap!.note.label.box] : []),
      ].sort((a, b) => a.y - b.y);
      boxes
        .slice(1)
        .forEach((b, i) => expect(b.y).toBeGreaterThanOrEqual(boxes[i]!.y + boxes[i]!.height + OPTIONS.labelGap - 0.1));
      for (const b of boxes) expect(b.x + b.width).toBeLessThanOrEqual(OPTIONS.width);
    }
    // A mark's accessible name is the words its label shows (WCAG 2.5.3), then a status other than held.
    expect(mark('range').name).toBe('Jun 18–19 Event range');
    expect(mark('june').name).toBe('Jun Event june (proposed, not held)');
    expect(mark('aug-b').name).toBe('Aug 19 Event aug-b (declined)');
    expect(mark('paris').name).toBe('Dec 9, 2019 Event paris');
    for (const m of layout.marks)
      expect(m.name.startsWith([m.label.date, ...m.label.lines].filter(Boolean).join(' '))).toBe(true);
  });

  it('ticks each year on the long view and each month when enlarged, the closing one unlabelled', () => {
    expect(layout.panels[0]!.ticks.map((t) => t.text)).toEqual([
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '',
    ]);
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
    const more = layoutTimelineChart(
      [...FIXTURE, ev('decree', '2024-05-20', 'politics'), ev('alaska', '2025-08-15', 'summit')],
      OPTIONS,
    );
    expect(more.marks.map((m) => m.id)).toEqual([
      'paris',
      'war',
      'decree',
      'may',
      'june',
      'range',
      'alaska',
      'aug-a',
      'aug-b',
    ]);
    expect(more.marks.find((m) => m.id === 'alaska')).toMatchObject({
      panel: 'focus',
      href: '/timeline/#alaska',
      shape: 'circle',
      span: false,
    });
    expect(more.zoom?.count).toBe(5);
  });

  it('is the same every time, whatever the order of its input', () => {
    expect(layoutTimelineChart([...FIXTURE].reverse(), OPTIONS)).toEqual(layout);
  });

  it('draws nothing for no events', () => {
    expect(layoutTimelineChart([], OPTIONS)).toMatchObject({ height: 0, marks: [], panels: [] });
  });
});
