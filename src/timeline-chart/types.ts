/**
 * The timeline chart's shapes: what the layout takes (events, options) and what it gives
 * (a layout of panels, marks, labels and notes in SVG user units), and its fixed sizes.
 */
import type { PartialDate } from '../core/dates.ts';
import type { EventKind, EventStatus } from '../core/vocabulary.ts';

/** An event's kind and status, as the content names them. */
export type ChartKind = EventKind;
export type ChartStatus = EventStatus;

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
  narrow: {
    width: 288,
    fontSize: 12,
    lineHeight: 14.5,
    tickFontSize: 11.5,
    markSize: 10,
    labelGap: 7,
    pair: DEFAULT_PAIR,
    maxZoomShare: 0.25,
  },
  wide: {
    width: 520,
    fontSize: 12.5,
    lineHeight: 16,
    tickFontSize: 12,
    markSize: 11,
    labelGap: 7,
    pair: DEFAULT_PAIR,
    maxZoomShare: 0.25,
  },
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
  /** The link's accessible name: the label's words, date and title, and a status other than held. */
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
  gap?: {
    from: string;
    to: string;
    months: number;
    text: string;
    segments: { panel: 'context' | 'focus'; y0: number; y1: number }[];
    note: Note;
  };
}
