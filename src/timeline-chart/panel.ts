/**
 * One panel of the timeline chart (the long view, or the enlarged window): its height and
 * time scale, each event's mark in its lane, every label placed beside its mark and pushed
 * clear of the others, the notes (the enlarged window, the gap since the last meeting) and
 * the ticks. Steps in the order they depend on each other; each is a small pure function.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import { eventUrl } from '../core/urls.ts';
import { assignLanes, dodge } from './placement.ts';
import { textWidth, wrapLabel } from './text-width.ts';
import { extentOf, fmtIso, fmtMonth, fmtYear, shortDate } from './time.ts';
import {
  KIND_SHAPES,
  type Box,
  type ChartEvent,
  type ChartLayout,
  type ChartOptions,
  type ChartStatus,
  type Label,
  type Mark,
  type Note,
  type Panel,
  type Tick,
} from './types.ts';

export type PanelName = 'context' | 'focus';

/** What the whole chart knows before any panel is drawn (layout.ts works it out once). */
export interface ChartPlan {
  options: ChartOptions;
  /** Width of a mark's symbol, of a lane, and where the axis and tick labels are. */
  markSize: number;
  laneWidth: number;
  headingHeight: number;
  axisX: number;
  /** The enlarged window, if any, and the events inside it. */
  zoom?: { start: Date; end: Date };
  zoomWords: string;
  focusCount: number;
  /** The pair's held meetings, the last of them, and the stretch since. */
  meetings: ChartEvent[];
  lastMeeting?: ChartEvent;
  gap?: { from: Date; to: Date; months: number; text: string };
}

/** Where this round of the layout puts the labels, and how wide they may be. */
export interface LabelColumn {
  labelX: number;
  wrapWidth: number;
}

/** One panel as drawn, with everything it contributes to the chart. */
export interface PanelDrawing {
  panel: Panel;
  marks: Mark[];
  maxLane: number;
  zoom?: ChartLayout['zoom'];
  gapNote?: Note;
  gapSegment?: { panel: PanelName; y0: number; y1: number };
  /** The lowest point of the panel or its labels, where the next panel may start. */
  bottom: number;
}

/** A label waiting to be placed: an event's, or a note's. */
type Item = {
  event?: ChartEvent;
  text?: string;
  date: string;
  at: number;
  lines: string[];
  height: number;
  kind: 'event' | 'zoom' | 'gap';
};

const r1 = (n: number) => Math.round(n * 10) / 10;

const statusSuffix: Record<ChartStatus, string> = {
  held: '',
  proposed: ' (proposed, not held)',
  declined: ' (declined)',
};

/**
 * A mark's accessible name: the words its label shows (“Jun 18–19 Title”), so the name a
 * speech-input user says is the one they see (WCAG 2.5.3), and the status when the event
 * did not take place, which the label shows by its outline.
 */
const accessibleName = (e: ChartEvent, date: string) => `${date} ${e.title}${statusSuffix[e.status]}`;

/** The panel's labels, events first, then its notes: the enlarged window (long view) and the gap. */
function panelItems(
  name: PanelName,
  list: ChartEvent[],
  plan: ChartPlan,
  column: LabelColumn,
): { items: Item[]; extra: Item[] } {
  const o = plan.options;
  const labelFor = (date: string, text: string) => {
    const lines = wrapLabel(date, text, column.wrapWidth, o.fontSize);
    return { lines, height: lines.length * o.lineHeight };
  };
  const items: Item[] = list.map((event) => ({
    event,
    date: shortDate(event, name === 'context'),
    at: 0,
    kind: 'event' as const,
    ...labelFor(shortDate(event, name === 'context'), event.title),
  }));
  const extra: Item[] = [];
  if (name === 'context' && plan.zoom) {
    const text = `${plan.zoomWords}: ${plan.focusCount} events, enlarged below`;
    extra.push({ text, date: '', at: 0, kind: 'zoom', ...labelFor('', text) });
  }
  if (plan.gap && plan.lastMeeting && list.includes(plan.lastMeeting)) {
    const text = `No ${o.pairName ?? 'such'} meeting since: ${plan.gap.text}`;
    extra.push({ text, date: '', at: 0, kind: 'gap', ...labelFor('', text) });
  }
  return { items, extra };
}

/** The panel's height: room for every label stacked, and at least a line per year or month. */
function panelHeight(
  name: PanelName,
  all: Item[],
  domain: [Date, Date],
  o: ChartOptions,
): { height: number; units: number } {
  const stack = all.reduce((sum, it) => sum + it.height, 0) + o.labelGap * Math.max(0, all.length - 1);
  const units = name === 'context' ? utcYear.count(domain[0], domain[1]) : utcMonth.count(domain[0], domain[1]);
  const minPer = name === 'context' ? o.tickFontSize + 6 : 3 * o.lineHeight;
  return { height: Math.max(stack, units * minPer), units };
}

/** Each event's mark: a point in the middle of its day, or a span over the time it covers; and its lane. */
function markGeometry(list: ChartEvent[], scale: ScaleTime<number, number>, s: number) {
  const geo = list.map((event) => {
    const [a, b] = extentOf(event);
    const y0 = scale(a);
    const y1 = scale(b);
    const span = event.start.precision !== 'day' || !!event.end;
    const cy = (y0 + y1) / 2;
    return {
      event,
      y0,
      y1,
      cy,
      span,
      extent: [Math.min(y0, cy - s / 2), Math.max(y1, cy + s / 2)] as [number, number],
    };
  });
  const lanes = assignLanes(
    geo.map((g) => g.extent),
    2,
  );
  return { geo, lanes };
}

/** Ticks at the start of each year (long view) or month (enlarged), labelled just below. */
function panelTicks(
  name: PanelName,
  scale: ScaleTime<number, number>,
  domain: [Date, Date],
  height: number,
  units: number,
  o: ChartOptions,
): Tick[] {
  const count = Math.max(1, Math.floor(height / (o.tickFontSize + 4)));
  const raw = name === 'context' ? scale.ticks(Math.min(count, units)) : scale.ticks(utcMonth.every(1)!);
  const fmt = name === 'context' ? fmtYear : fmtMonth;
  // The last boundary closes the panel: it gets a tick but no label of its own.
  return raw.map((t) => ({
    y: r1(scale(t)),
    labelY: r1(scale(t) + o.tickFontSize + 1),
    text: +t < +domain[1] ? fmt(t) : '',
    iso: fmtIso(t),
  }));
}

/** Draw one panel from `y` down. */
export function layoutPanel(
  name: PanelName,
  list: ChartEvent[],
  domain: [Date, Date],
  heading: string,
  y: number,
  plan: ChartPlan,
  column: LabelColumn,
): PanelDrawing {
  const o = plan.options;
  const s = plan.markSize;
  const { axisX, laneWidth } = plan;
  const { labelX } = column;
  const headingY = y + o.fontSize;
  const top = y + plan.headingHeight + 4;
  // Labels first: their total height sets the panel's.
  const { items, extra } = panelItems(name, list, plan, column);
  const all = [...items, ...extra];
  const { height, units } = panelHeight(name, all, domain, o);
  const bottom = top + height;
  const scale: ScaleTime<number, number> = scaleUtc().domain(domain).range([top, bottom]);
  const { geo, lanes: laneOf } = markGeometry(list, scale, s);

  // Where each label wants to be: beside its mark, its band, or just after the meeting.
  for (const it of items) it.at = scale(new Date((+extentOf(it.event!)[0] + +extentOf(it.event!)[1]) / 2));
  let band: Box | undefined;
  for (const it of extra) {
    if (it.kind === 'zoom' && plan.zoom) {
      const b0 = scale(plan.zoom.start);
      const b1 = scale(plan.zoom.end);
      band = { x: axisX - s / 2 - 2, y: r1(b0), width: s + 4, height: r1(Math.max(b1 - b0, 2)) };
      it.at = (b0 + b1) / 2;
    }
    if (it.kind === 'gap' && plan.lastMeeting) it.at = scale(extentOf(plan.lastMeeting)[1]) + 0.01;
  }
  // Labels in time order; at equal times events come first, then notes.
  const ordered = all
    .map((it, i) => ({ it, i }))
    .sort((a, b) => a.it.at - b.it.at || a.i - b.i)
    .map(({ it }) => it);
  const tops = dodge(
    ordered.map((it) => it.at - o.lineHeight / 2),
    ordered.map((it) => it.height),
    o.labelGap,
    top - o.lineHeight / 2,
    bottom + o.lineHeight / 2,
  );
  const labelOf = (it: Item, at: number): Label => ({
    x: r1(labelX),
    y: r1(at),
    date: it.date,
    lines: it.lines,
    box: {
      x: r1(labelX),
      y: r1(at),
      width: r1(
        Math.max(
          ...it.lines.map(
            (l, i) =>
              (i === 0 && it.date ? textWidth(`${it.date} `, o.fontSize, 'bold') : 0) + textWidth(l, o.fontSize),
          ),
        ),
      ),
      height: it.height,
    },
  });
  const lanesRight = axisX + Math.max(0, ...laneOf) * laneWidth + s / 2;
  const leaderTo = (fromX: number, fromY: number, label: Label): [number, number][] => {
    const ly = label.y + o.lineHeight / 2;
    return [
      [r1(fromX), r1(fromY)],
      [r1(lanesRight + 3), r1(fromY)],
      [r1(labelX - 7), r1(ly)],
      [r1(labelX - 3), r1(ly)],
    ];
  };

  const drawing: PanelDrawing = { panel: undefined as never, marks: [], maxLane: 0, bottom: 0 };
  ordered.forEach((it, k) => {
    const label = labelOf(it, tops[k]!);
    if (it.kind === 'event') {
      const g = geo[list.indexOf(it.event!)]!;
      const lane = laneOf[list.indexOf(it.event!)]!;
      drawing.maxLane = Math.max(drawing.maxLane, lane);
      const cx = axisX + lane * laneWidth;
      const e = g.event;
      drawing.marks.push({
        id: e.id,
        href: eventUrl(e.id),
        name: accessibleName(e, it.date),
        kind: e.kind,
        status: e.status,
        shape: KIND_SHAPES[e.kind],
        highlight: plan.meetings.includes(e),
        panel: name,
        cx: r1(cx),
        cy: r1(g.cy),
        y0: r1(g.y0),
        y1: r1(g.y1),
        span: g.span,
        lane,
        label,
        leader: leaderTo(cx + s / 2 + 1, g.cy, label),
      });
    } else if (it.kind === 'zoom' && plan.zoom && band) {
      drawing.zoom = {
        start: fmtIso(plan.zoom.start),
        end: fmtIso(plan.zoom.end),
        count: plan.focusCount,
        band,
        note: { text: it.text!, label, leader: leaderTo(axisX + s / 2 + 2, it.at, label) },
      };
    } else if (it.kind === 'gap') {
      drawing.gapNote = { text: it.text!, label, leader: [] };
    }
  });

  if (plan.gap) {
    const a = Math.max(+plan.gap.from, +domain[0]);
    const b = Math.min(+plan.gap.to, +domain[1]);
    if (a < b) drawing.gapSegment = { panel: name, y0: r1(scale(new Date(a))), y1: r1(scale(new Date(b))) };
  }

  const ticks = panelTicks(name, scale, domain, height, units, o);
  drawing.panel = {
    name,
    heading,
    headingY: r1(headingY),
    top: r1(top),
    bottom: r1(bottom),
    domain: [fmtIso(domain[0]), fmtIso(domain[1])],
    ticks,
  };
  drawing.bottom = Math.max(bottom, ...ordered.map((it, k) => tops[k]! + it.height));
  return drawing;
}
