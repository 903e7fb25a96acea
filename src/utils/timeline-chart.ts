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
 * Scales and ticks come from d3-scale and d3-time, date words from d3-time-format.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { endOf, formatDateSpan, startOf, type PartialDate } from './dates.ts';
import { eventUrl } from './urls.ts';

export type ChartKind = 'summit' | 'talks' | 'meeting' | 'statement' | 'war' | 'politics';
export type ChartStatus = 'held' | 'proposed' | 'declined';

/** One event as the chart needs it: map site data to this in the page. */
export interface ChartEvent {
  id: string;
  title: string;
  start: PartialDate;
  end?: PartialDate;
  kind: ChartKind;
  status: ChartStatus;
  participants: string[];
}

/** Sizes in SVG user units (CSS pixels when the chart is drawn at its design width). */
export interface ChartOptions {
  /** The design width: the viewBox width. */
  width: number;
  fontSize: number;
  lineHeight: number;
  tickFontSize: number;
  /** A mark's symbol fits in a square this wide. */
  markSize: number;
  /** Space between two labels, and between two marks in a lane. */
  labelGap: number;
  /** The two people whose meetings the chart counts (glossary ids). */
  pair: [string, string];
  /** How the pair is named in the chart's note: "Putin–Zelensky". */
  pairName?: string;
  /** Zoom only when the window is at most this share of the long view. */
  maxZoomShare: number;
}

const DEFAULT_PAIR: [string, string] = ['vladimir-putin', 'volodymyr-zelensky'];

export const CHART_SIZES = {
  narrow: { width: 288, fontSize: 12, lineHeight: 14.5, tickFontSize: 11.5, markSize: 10, labelGap: 7, pair: DEFAULT_PAIR, maxZoomShare: 0.25 },
  wide: { width: 520, fontSize: 12.5, lineHeight: 16, tickFontSize: 12, markSize: 11, labelGap: 7, pair: DEFAULT_PAIR, maxZoomShare: 0.25 },
} satisfies Record<string, ChartOptions>;

export type Shape = 'circle' | 'square' | 'triangle-down' | 'diamond' | 'triangle-up' | 'plus';

/** Kinds are told apart by shape as well as colour. */
export const KIND_SHAPES: Record<ChartKind, Shape> = {
  summit: 'circle',
  talks: 'square',
  meeting: 'triangle-down',
  statement: 'diamond',
  war: 'triangle-up',
  politics: 'plus',
};

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Label {
  /** Top-left of the text block; lines are `lineHeight` apart. */
  x: number;
  y: number;
  /** The first line starts with the date (drawn bold), then the title words. */
  date: string;
  lines: string[];
  box: Box;
}

export interface Mark {
  id: string;
  href: string;
  /** Date and title, for the link's accessible name: "June 18–19, 2025: Title". */
  name: string;
  kind: ChartKind;
  status: ChartStatus;
  shape: Shape;
  /** A held meeting of the pair. */
  highlight: boolean;
  panel: 'context' | 'focus';
  /** Where the symbol is drawn. */
  cx: number;
  cy: number;
  /** The time the event covers, from the start of its first unit to the end of its last. */
  y0: number;
  y1: number;
  /** True when the date is a month, a year or a range: drawn as a span, not a point. */
  span: boolean;
  lane: number;
  label: Label;
  /** The leader from the mark to its label, as SVG points. */
  leader: [number, number][];
}

export interface Tick {
  y: number;
  /** Baseline of the tick's label, just below the tick. */
  labelY: number;
  text: string;
  iso: string;
}

export interface Panel {
  name: 'context' | 'focus';
  heading: string;
  headingY: number;
  top: number;
  bottom: number;
  domain: [string, string];
  ticks: Tick[];
}

export interface Note {
  text: string;
  label: Label;
  leader: [number, number][];
}

export interface ChartLayout {
  width: number;
  height: number;
  axisX: number;
  tickX: number;
  labelX: number;
  laneWidth: number;
  options: ChartOptions;
  panels: Panel[];
  /** Every event, in date order (the order of the links). */
  marks: Mark[];
  /** Ids of the pair's held meetings, in date order. */
  meetings: string[];
  /** The zoomed window, as drawn on the long view. */
  zoom?: { start: string; end: string; count: number; band: Box; note: Note };
  /** The stretch since the pair last met, drawn on the axis of each panel. */
  gap?: { from: string; to: string; months: number; text: string; segments: { panel: 'context' | 'focus'; y0: number; y1: number }[]; note: Note };
}

const DAY = 86_400_000;
const r1 = (n: number) => Math.round(n * 10) / 10;

/** The time an event covers: from the start of its first unit to the end of its last. */
export function extentOf(event: Pick<ChartEvent, 'start' | 'end'>): [Date, Date] {
  return [startOf(event.start), endOf(event.end ?? event.start)];
}

const order = (a: ChartEvent, b: ChartEvent) => {
  const [a0, a1] = extentOf(a);
  const [b0, b1] = extentOf(b);
  // Coarser first at the same start, as the list on the page orders them.
  return +a0 - +b0 || (a.start.precision === b.start.precision ? 0 : a.start.precision === 'year' || b.start.precision === 'day' ? -1 : 1) || +a1 - +b1 || a.id.localeCompare(b.id);
};

/**
 * The window to enlarge: the shortest stretch that holds a majority of the events, widened
 * to whole months; none when it would not be much shorter than the long view.
 */
export function chooseZoom(events: ChartEvent[], domain: [Date, Date], maxShare: number): { start: Date; end: Date } | undefined {
  const sorted = [...events].sort(order);
  const need = Math.floor(sorted.length / 2) + 1;
  if (sorted.length < 4) return undefined;
  let best: { start: Date; end: Date } | undefined;
  for (let i = 0; i + need <= sorted.length; i++) {
    const members = sorted.slice(i, i + need).map(extentOf);
    const start = members[0]![0];
    const end = new Date(Math.max(...members.map(([, e]) => +e)));
    if (!best || +end - +start < +best.end - +best.start) best = { start, end };
  }
  if (!best) return undefined;
  const window = { start: utcMonth.floor(best.start), end: utcMonth.ceil(best.end) };
  return +window.end - +window.start <= maxShare * (+domain[1] - +domain[0]) ? window : undefined;
}

// Advance widths of DejaVu Sans (the widest common UI sans, and Debian's system-ui) in
// hundredths of an em, for U+0020–U+007E; other characters count as a full em.
const WIDTHS = {
  regular: [32,40,46,84,64,95,78,27,39,39,50,84,32,36,32,34,64,64,64,64,64,64,64,64,64,64,34,34,84,84,84,53,100,68,69,70,77,63,58,77,75,29,29,66,56,86,75,79,60,79,69,63,61,73,68,99,69,61,69,39,34,39,84,50,50,61,63,55,63,62,35,63,63,28,28,58,28,97,63,61,63,63,41,52,39,63,59,82,59,59,52,64,34,64,84],
  bold: [35,46,52,84,70,100,87,31,46,46,52,84,38,42,38,37,70,70,70,70,70,70,70,70,70,70,40,40,84,84,84,58,100,77,76,73,83,68,68,82,84,37,37,77,64,100,84,85,73,85,77,72,68,81,77,110,77,72,73,46,37,46,84,50,50,67,72,59,72,68,44,72,71,34,34,67,34,104,71,69,72,72,49,60,48,71,65,92,65,65,58,71,37,71,84],
};
const EXTRA: Record<string, number> = { '–': 50, '—': 100, '’': 38, '‘': 38, '“': 66, '”': 66, '…': 100, 'é': 68, '·': 38 };

/** The width of a text at a font size, estimated a little generously so lines never overrun. */
function textWidth(text: string, fontSize: number, weight: 'regular' | 'bold' = 'regular'): number {
  let hundredths = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    hundredths += code >= 32 && code < 127 ? WIDTHS[weight][code - 32]! : (EXTRA[ch] ?? 100);
  }
  return (hundredths / 100) * fontSize * 1.04;
}

/** Break a bold date and the title's words into lines no wider than `width`. */
export function wrapLabel(date: string, title: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = date ? textWidth(`${date} `, fontSize, 'bold') : 0;
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const w = textWidth(line ? ` ${word}` : word, fontSize);
    // A word that does not fit goes to the next line (after a date alone, if need be).
    if ((line || (lines.length === 0 && date)) && used + w > width) {
      lines.push(line);
      line = word;
      used = textWidth(word, fontSize);
    } else {
      line = line ? `${line} ${word}` : word;
      used += w;
    }
  }
  lines.push(line);
  return lines;
}

/**
 * Place boxes of the given heights as near their wanted tops as they can be, in order,
 * `gap` apart, inside [min, max]: neighbours that would overlap merge into a cluster
 * centred on their wanted places (the usual way to dodge labels along one axis).
 */
export function dodge(wanted: number[], heights: number[], gap: number, min: number, max: number): number[] {
  type Cluster = { first: number; count: number; height: number; want: number; top: number };
  const clusters: Cluster[] = [];
  const place = (c: Cluster) => {
    c.top = Math.min(Math.max(c.want / c.count, min), max - c.height);
    c.top = Math.max(c.top, min);
  };
  wanted.forEach((w, i) => {
    // A cluster's `want` is the sum of its members' wanted tops less their offsets in it.
    const c: Cluster = { first: i, count: 1, height: heights[i]!, want: w, top: 0 };
    place(c);
    clusters.push(c);
    for (;;) {
      const prev = clusters.at(-2);
      const last = clusters.at(-1)!;
      if (!prev || prev.top + prev.height + gap <= last.top) break;
      const offset = prev.height + gap;
      prev.want += last.want - offset * last.count;
      prev.count += last.count;
      prev.height += gap + last.height;
      clusters.pop();
      place(prev);
    }
  });
  const tops: number[] = [];
  for (const c of clusters) {
    let y = c.top;
    for (let i = c.first; i < c.first + c.count; i++) {
      tops.push(y);
      y += heights[i]! + gap;
    }
  }
  return tops;
}

/** Lanes for marks whose vertical extents would touch: the first lane that is free. */
export function assignLanes(extents: [number, number][], gap: number): number[] {
  const ends: number[] = [];
  return extents.map(([a, b]) => {
    let lane = ends.findIndex((end) => end + gap <= a);
    if (lane < 0) lane = ends.length;
    ends[lane] = b;
    return lane;
  });
}

const fmtDay = utcFormat('%b %-d');
const fmtDayYear = utcFormat('%b %-d, %Y');
const fmtMonth = utcFormat('%b');
const fmtMonthYear = utcFormat('%b %Y');
const fmtYear = utcFormat('%Y');
const fmtMonthLong = utcFormat('%B');
const fmtIso = utcFormat('%Y-%m-%d');

/** A short date for a label: "Aug 19", "Aug", "Sep 30–Oct 4" (with the year in the long view). */
export function shortDate(event: Pick<ChartEvent, 'start' | 'end'>, withYear: boolean): string {
  const one = (d: PartialDate, year: boolean) => {
    const t = startOf(d);
    if (d.precision === 'year') return fmtYear(t);
    if (d.precision === 'month') return (year ? fmtMonthYear : fmtMonth)(t);
    return (year ? fmtDayYear : fmtDay)(t);
  };
  if (!event.end) return one(event.start, withYear);
  const sameYear = event.start.year === event.end.year;
  if (sameYear && event.start.precision === 'day' && event.end.precision === 'day' && event.start.month === event.end.month) {
    return `${fmtDay(startOf(event.start))}–${event.end.day}${withYear ? `, ${event.end.year}` : ''}`;
  }
  return `${one(event.start, withYear && !sameYear)}–${one(event.end, withYear)}`;
}

const statusSuffix: Record<ChartStatus, string> = { held: '', proposed: ' (proposed, not held)', declined: ' (declined)' };

/** "June 18–19, 2025: Title", and the status when the event did not take place. */
const accessibleName = (e: ChartEvent) => `${formatDateSpan({ start: e.start, end: e.end, iso: '' })}: ${e.title}${statusSuffix[e.status]}`;

/** Whole months from `a` to `b` (exclusive) in words: "August 2025", "May–August 2025". */
function monthsInWords(a: Date, b: Date): string {
  const last = utcMonth.offset(b, -1);
  if (+last === +a) return `${fmtMonthLong(a)} ${fmtYear(a)}`;
  const from = a.getUTCFullYear() === last.getUTCFullYear() ? fmtMonthLong(a) : `${fmtMonthLong(a)} ${fmtYear(a)}`;
  return `${from}–${fmtMonthLong(last)} ${fmtYear(last)}`;
}

/** Whole years and months between two moments, in words: "5 years, 8 months". */
export function yearsAndMonths(from: Date, to: Date): { months: number; text: string } {
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
  if (to.getUTCDate() < from.getUTCDate()) months -= 1;
  const y = Math.floor(months / 12);
  const m = months % 12;
  const part = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return { months, text: [y > 0 ? part(y, 'year') : '', m > 0 || y === 0 ? part(m, 'month') : ''].filter(Boolean).join(', ') };
}

/** The whole chart at one design width. */
export function layoutTimelineChart(input: ChartEvent[], options: ChartOptions): ChartLayout {
  const o = options;
  const events = [...input].sort(order);
  const s = o.markSize;
  const laneWidth = s + 2;
  const headingHeight = o.fontSize + 10;
  const tickWidth = Math.ceil(textWidth('0000', o.tickFontSize)) + 4;
  const tickX = tickWidth;
  const axisX = tickWidth + 6 + s / 2;

  if (events.length === 0) {
    return { width: o.width, height: 0, axisX, tickX, labelX: axisX, laneWidth, options: o, panels: [], marks: [], meetings: [] };
  }

  const first = new Date(Math.min(...events.map((e) => +extentOf(e)[0])));
  const last = new Date(Math.max(...events.map((e) => +extentOf(e)[1])));
  const longDomain: [Date, Date] = [utcYear.floor(first), utcYear.ceil(last)];
  const zoom = chooseZoom(events, longDomain, o.maxZoomShare);
  const inZoom = (e: ChartEvent) => !!zoom && +extentOf(e)[0] >= +zoom.start && +extentOf(e)[1] <= +zoom.end;
  const focusEvents = events.filter(inZoom);
  const contextEvents = events.filter((e) => !inZoom(e));

  // The pair's last held meeting, and the latest event: the gap between them.
  const [p1, p2] = o.pair;
  const meetings = events.filter((e) => e.status === 'held' && e.participants.includes(p1) && e.participants.includes(p2));
  const lastMeeting = meetings.at(-1);
  const latestStart = new Date(Math.max(...events.map((e) => +startOf(e.start))));
  const gapFrom = lastMeeting ? extentOf(lastMeeting)[1] : undefined;
  const gapTo = utcDay.offset(latestStart, 1);
  const gap = lastMeeting && gapFrom && +gapTo > +gapFrom ? { from: gapFrom, to: gapTo, ...yearsAndMonths(startOf(lastMeeting.start), latestStart) } : undefined;

  const zoomWords = zoom ? monthsInWords(zoom.start, zoom.end) : '';

  // Lanes depend on the scale, the scale on how tall the labels are, and that on how much
  // room the lanes leave for them: settle it in rounds. Lanes only ever grow, and never
  // past one per event, so this ends.
  let lanes = 1;
  for (;;) {
    const labelX = axisX + (lanes - 1) * laneWidth + s / 2 + 26;
    const { layout, maxLane } = draw(labelX, o.width - labelX - 2);
    if (maxLane + 1 <= lanes) return layout;
    lanes = maxLane + 1;
  }

  function draw(labelX: number, wrapWidth: number) {
    const panels: Panel[] = [];
    const marks: Mark[] = [];
    let maxLane = 0;
    let zoomOut: ChartLayout['zoom'];
    let gapNote: Note | undefined;
    const gapSegments: { panel: 'context' | 'focus'; y0: number; y1: number }[] = [];
    let y = 2;

    type Item = { event?: ChartEvent; text?: string; date: string; at: number; lines: string[]; height: number; kind: 'event' | 'zoom' | 'gap' };
    const labelFor = (date: string, text: string) => {
      const lines = wrapLabel(date, text, wrapWidth, o.fontSize);
      return { lines, height: lines.length * o.lineHeight };
    };

    const panel = (name: 'context' | 'focus', list: ChartEvent[], domain: [Date, Date], heading: string) => {
      const headingY = y + o.fontSize;
      const top = y + headingHeight + 4;
      // Labels first: their total height sets the panel's.
      const items: Item[] = list.map((event) => ({ event, date: shortDate(event, name === 'context'), at: 0, kind: 'event' as const, ...labelFor(shortDate(event, name === 'context'), event.title) }));
      const extra: Item[] = [];
      if (name === 'context' && zoom) extra.push({ text: `${zoomWords}: ${focusEvents.length} events, enlarged below`, date: '', at: 0, kind: 'zoom', ...labelFor('', `${zoomWords}: ${focusEvents.length} events, enlarged below`) });
      if (gap && lastMeeting && list.includes(lastMeeting)) {
        const text = `No ${o.pairName ?? 'such'} meeting since: ${gap.text}`;
        extra.push({ text, date: '', at: 0, kind: 'gap', ...labelFor('', text) });
      }
      const all = [...items, ...extra];
      const stack = all.reduce((sum, it) => sum + it.height, 0) + o.labelGap * Math.max(0, all.length - 1);
      const units = name === 'context' ? utcYear.count(domain[0], domain[1]) : utcMonth.count(domain[0], domain[1]);
      const minPer = name === 'context' ? o.tickFontSize + 6 : 3 * o.lineHeight;
      const height = Math.max(stack, units * minPer);
      const bottom = top + height;
      const scale: ScaleTime<number, number> = scaleUtc().domain(domain).range([top, bottom]);

      // Marks: a point in the middle of its day, or a span over the time it covers.
      const geo = list.map((event) => {
        const [a, b] = extentOf(event);
        const y0 = scale(a);
        const y1 = scale(b);
        const span = event.start.precision !== 'day' || !!event.end;
        const cy = (y0 + y1) / 2;
        return { event, y0, y1, cy, span, extent: [Math.min(y0, cy - s / 2), Math.max(y1, cy + s / 2)] as [number, number] };
      });
      const laneOf = assignLanes(
        geo.map((g) => g.extent),
        2,
      );

      // Where each label wants to be: beside its mark, its band, or just after the meeting.
      for (const it of items) it.at = scale(new Date((+extentOf(it.event!)[0] + +extentOf(it.event!)[1]) / 2));
      let band: Box | undefined;
      for (const it of extra) {
        if (it.kind === 'zoom' && zoom) {
          const b0 = scale(zoom.start);
          const b1 = scale(zoom.end);
          band = { x: axisX - s / 2 - 2, y: r1(b0), width: s + 4, height: r1(Math.max(b1 - b0, 2)) };
          it.at = (b0 + b1) / 2;
        }
        if (it.kind === 'gap' && lastMeeting) it.at = scale(extentOf(lastMeeting)[1]) + 0.01;
      }
      // Labels in time order; at equal times events come first, then notes.
      const ordered = all.map((it, i) => ({ it, i })).sort((a, b) => a.it.at - b.it.at || a.i - b.i).map(({ it }) => it);
      const tops = dodge(
        ordered.map((it) => it.at - o.lineHeight / 2),
        ordered.map((it) => it.height),
        o.labelGap,
        top - o.lineHeight / 2,
        bottom + o.lineHeight / 2,
      );
      const labelOf = (it: Item, top: number): Label => ({
        x: r1(labelX),
        y: r1(top),
        date: it.date,
        lines: it.lines,
        box: { x: r1(labelX), y: r1(top), width: r1(Math.max(...it.lines.map((l, i) => (i === 0 && it.date ? textWidth(`${it.date} `, o.fontSize, 'bold') : 0) + textWidth(l, o.fontSize)))), height: it.height },
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

      ordered.forEach((it, k) => {
        const label = labelOf(it, tops[k]!);
        if (it.kind === 'event') {
          const g = geo[list.indexOf(it.event!)]!;
          const lane = laneOf[list.indexOf(it.event!)]!;
          maxLane = Math.max(maxLane, lane);
          const cx = axisX + lane * laneWidth;
          const e = g.event;
          marks.push({
            id: e.id,
            href: eventUrl(e.id),
            name: accessibleName(e),
            kind: e.kind,
            status: e.status,
            shape: KIND_SHAPES[e.kind],
            highlight: meetings.includes(e),
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
        } else if (it.kind === 'zoom' && zoom && band) {
          zoomOut = { start: fmtIso(zoom.start), end: fmtIso(zoom.end), count: focusEvents.length, band, note: { text: it.text!, label, leader: leaderTo(axisX + s / 2 + 2, it.at, label) } };
        } else if (it.kind === 'gap') {
          gapNote = { text: it.text!, label, leader: [] };
        }
      });

      if (gap) {
        const a = Math.max(+gap.from, +domain[0]);
        const b = Math.min(+gap.to, +domain[1]);
        if (a < b) gapSegments.push({ panel: name, y0: r1(scale(new Date(a))), y1: r1(scale(new Date(b))) });
      }

      // Ticks at the start of each year (long view) or month (enlarged), labelled just below.
      const count = Math.max(1, Math.floor(height / (o.tickFontSize + 4)));
      const raw = name === 'context' ? scale.ticks(Math.min(count, units)) : scale.ticks(utcMonth.every(1)!);
      const fmt = name === 'context' ? fmtYear : fmtMonth;
      // The last boundary closes the panel: it gets a tick but no label of its own.
      const ticks = raw.map((t) => ({ y: r1(scale(t)), labelY: r1(scale(t) + o.tickFontSize + 1), text: +t < +domain[1] ? fmt(t) : '', iso: fmtIso(t) }));
      panels.push({ name, heading, headingY: r1(headingY), top: r1(top), bottom: r1(bottom), domain: [fmtIso(domain[0]), fmtIso(domain[1])], ticks });
      const labelsBottom = Math.max(bottom, ...ordered.map((it, k) => tops[k]! + it.height));
      y = labelsBottom + 16;
    };

    const years = `${longDomain[0].getUTCFullYear()}–${utcYear.offset(longDomain[1], -1).getUTCFullYear()}`;
    panel('context', contextEvents, longDomain, zoom ? `${years}, the long view` : years);
    if (zoom && focusEvents.length > 0) panel('focus', focusEvents, [zoom.start, zoom.end], `${zoomWords}, enlarged`);

    const layout: ChartLayout = {
      width: o.width,
      height: Math.ceil(y - 16 + 4),
      axisX: r1(axisX),
      tickX: r1(tickX),
      labelX: r1(labelX),
      laneWidth,
      options: o,
      panels,
      meetings: meetings.map((e) => e.id),
      marks: marks.sort((a, b) => order(events.find((e) => e.id === a.id)!, events.find((e) => e.id === b.id)!)),
      ...(zoomOut ? { zoom: zoomOut } : {}),
      ...(gap && gapNote ? { gap: { from: fmtIso(gap.from), to: fmtIso(gap.to), months: gap.months, text: gap.text, segments: gapSegments, note: gapNote } } : {}),
    };
    return { layout, maxLane };
  }
}
