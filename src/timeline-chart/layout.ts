/**
 * The timeline chart's layout: pure geometry from a plain list of events, computed at build
 * time (no Astro, no DOM), in UTC so every build draws the same chart.
 *
 * Time runs down the page in two panels: the long view (whole years around every event) and,
 * when most events crowd into a short stretch, that stretch enlarged below it (focus plus
 * context). Each event is drawn once: in the enlarged panel if it lies wholly inside the
 * zoomed window, in the long view otherwise, where the window itself is a shaded band.
 * Marks that would touch are moved sideways into lanes; labels sit in one column to the right,
 * in time order, pushed apart so that no two boxes meet, and joined to their marks by leaders.
 * Because the whole drawing scales together (SVG viewBox), nothing that does not overlap at
 * the design width overlaps at any other; the page picks a variant whose design width is
 * close to the space it has, so type stays legible.
 *
 * This file plans the chart and settles the lanes; panel.ts draws each panel, time.ts,
 * text-width.ts and placement.ts do the arithmetic, svg.ts draws the result. Scales and
 * ticks come from d3-scale and d3-time, date words from d3-time-format.
 */
import { utcDay, utcYear } from 'd3-time';
import { startOf } from '../core/dates.ts';
import { layoutPanel, type ChartPlan, type LabelColumn, type PanelDrawing } from './panel.ts';
import { textWidth } from './text-width.ts';
import { chooseZoom, compareEvents, extentOf, fmtIso, monthsInWords, yearsAndMonths } from './time.ts';
import type { ChartEvent, ChartLayout, ChartOptions } from './types.ts';

export * from './types.ts';
export { assignLanes, dodge } from './placement.ts';
export { wrapLabel } from './text-width.ts';
export { chooseZoom, extentOf, shortDate, yearsAndMonths } from './time.ts';

/** What is known of the chart before any panel is drawn: the zoomed window, the meetings, the gap. */
function planChart(
  events: ChartEvent[],
  o: ChartOptions,
  axisX: number,
): { plan: ChartPlan; longDomain: [Date, Date]; focusEvents: ChartEvent[]; contextEvents: ChartEvent[] } {
  const first = new Date(Math.min(...events.map((e) => +extentOf(e)[0])));
  const last = new Date(Math.max(...events.map((e) => +extentOf(e)[1])));
  const longDomain: [Date, Date] = [utcYear.floor(first), utcYear.ceil(last)];
  const zoom = chooseZoom(events, longDomain, o.maxZoomShare);
  const inZoom = (e: ChartEvent) => !!zoom && +extentOf(e)[0] >= +zoom.start && +extentOf(e)[1] <= +zoom.end;
  const focusEvents = events.filter(inZoom);
  const contextEvents = events.filter((e) => !inZoom(e));

  // The pair's last held meeting, and the latest event: the gap between them.
  const [p1, p2] = o.pair;
  const meetings = events.filter(
    (e) => e.status === 'held' && e.participants.includes(p1) && e.participants.includes(p2),
  );
  const lastMeeting = meetings.at(-1);
  const latestStart = new Date(Math.max(...events.map((e) => +startOf(e.start))));
  const gapFrom = lastMeeting ? extentOf(lastMeeting)[1] : undefined;
  const gapTo = utcDay.offset(latestStart, 1);
  const gap =
    lastMeeting && gapFrom && +gapTo > +gapFrom
      ? { from: gapFrom, to: gapTo, ...yearsAndMonths(startOf(lastMeeting.start), latestStart) }
      : undefined;

  const plan: ChartPlan = {
    options: o,
    markSize: o.markSize,
    laneWidth: o.markSize + 2,
    headingHeight: o.fontSize + 10,
    axisX,
    ...(zoom ? { zoom } : {}),
    zoomWords: zoom ? monthsInWords(zoom.start, zoom.end) : '',
    focusCount: focusEvents.length,
    meetings,
    ...(lastMeeting ? { lastMeeting } : {}),
    ...(gap ? { gap } : {}),
  };
  return { plan, longDomain, focusEvents, contextEvents };
}

/** The whole chart at one design width. */
export function layoutTimelineChart(input: ChartEvent[], options: ChartOptions): ChartLayout {
  const o = options;
  const events = [...input].sort(compareEvents);
  const s = o.markSize;
  const laneWidth = s + 2;
  const tickWidth = Math.ceil(textWidth('0000', o.tickFontSize)) + 4;
  const tickX = tickWidth;
  const axisX = tickWidth + 6 + s / 2;

  if (events.length === 0) {
    return {
      width: o.width,
      height: 0,
      axisX,
      tickX,
      labelX: axisX,
      laneWidth,
      options: o,
      panels: [],
      marks: [],
      meetings: [],
    };
  }
  const { plan, longDomain, focusEvents, contextEvents } = planChart(events, o, axisX);

  /** Both panels, one under the other, for labels in a column at `labelX`. */
  const draw = (column: LabelColumn) => {
    const years = `${longDomain[0].getUTCFullYear()}–${utcYear.offset(longDomain[1], -1).getUTCFullYear()}`;
    const drawings: PanelDrawing[] = [];
    let y = 2;
    const context = layoutPanel(
      'context',
      contextEvents,
      longDomain,
      plan.zoom ? `${years}, the long view` : years,
      y,
      plan,
      column,
    );
    drawings.push(context);
    y = context.bottom + 16;
    if (plan.zoom && focusEvents.length > 0) {
      const focus = layoutPanel(
        'focus',
        focusEvents,
        [plan.zoom.start, plan.zoom.end],
        `${plan.zoomWords}, enlarged`,
        y,
        plan,
        column,
      );
      drawings.push(focus);
      y = focus.bottom + 16;
    }
    const marks = drawings.flatMap((d) => d.marks);
    const zoom = drawings.find((d) => d.zoom)?.zoom;
    const gapNote = drawings.find((d) => d.gapNote)?.gapNote;
    const gapSegments = drawings.flatMap((d) => (d.gapSegment ? [d.gapSegment] : []));
    const gap = plan.gap;
    const layout: ChartLayout = {
      width: o.width,
      height: Math.ceil(y - 16 + 4),
      axisX: Math.round(axisX * 10) / 10,
      tickX: Math.round(tickX * 10) / 10,
      labelX: Math.round(column.labelX * 10) / 10,
      laneWidth,
      options: o,
      panels: drawings.map((d) => d.panel),
      meetings: plan.meetings.map((e) => e.id),
      marks: marks.sort((a, b) =>
        compareEvents(
          events.find((e) => e.id === a.id)!,
          events.find((e) => e.id === b.id)!,
        ),
      ),
      ...(zoom ? { zoom } : {}),
      ...(gap && gapNote
        ? {
            gap: {
              from: fmtIso(gap.from),
              to: fmtIso(gap.to),
              months: gap.months,
              text: gap.text,
              segments: gapSegments,
              note: gapNote,
            },
          }
        : {}),
    };
    return { layout, maxLane: Math.max(0, ...drawings.map((d) => d.maxLane)) };
  };

  // Lanes depend on the scale, the scale on how tall the labels are, and that on how much
  // room the lanes leave for them: settle it in rounds. Lanes only ever grow, and never
  // past one per event, so this ends.
  let lanes = 1;
  for (;;) {
    const labelX = axisX + (lanes - 1) * laneWidth + s / 2 + 26;
    const { layout, maxLane } = draw({ labelX, wrapWidth: o.width - labelX - 2 });
    if (maxLane + 1 <= lanes) return layout;
    lanes = maxLane + 1;
  }
}
