import { parseDateSpan } from '../../src/core/dates.ts';
import {
  CHART_SIZES,
  type ChartEvent,
  type ChartKind,
  type ChartLayout,
  type ChartStatus,
} from '../../src/timeline-chart/layout.ts';

/** Events for the timeline chart's tests, and the sizes they are laid out at. */

export const PAIR = ['vladimir-putin', 'volodymyr-zelensky'];

/** An event of a kind and status on a date as content writes it (`2025-06`, `A/B`). */
export const ev = (
  id: string,
  date: string,
  kind: ChartKind,
  status: ChartStatus = 'held',
  participants: string[] = [],
): ChartEvent => {
  const span = parseDateSpan(date);
  if (!span) throw new Error(`bad test date ${date}`);
  return { id, title: `Event ${id}`, start: span.start, end: span.end, kind, status, participants };
};

/** Seven events: one meeting of the pair in 2019, a year-long war, then four in one summer. */
export const FIXTURE: ChartEvent[] = [
  ev('paris', '2019-12-09', 'summit', 'held', PAIR),
  ev('war', '2022', 'war'),
  ev('may', '2025-05-11', 'statement'),
  ev('june', '2025-06', 'talks', 'proposed', PAIR),
  ev('range', '2025-06-18/2025-06-19', 'meeting'),
  ev('aug-a', '2025-08-19', 'statement'),
  ev('aug-b', '2025-08-19', 'statement', 'declined'),
];

export const OPTIONS = { ...CHART_SIZES.wide, width: 400, pairName: 'Putin–Zelensky' };

export const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Where the panel's own linear time scale puts a date, rounded as the layout rounds. */
export function yOf(layout: ChartLayout, panel: 'context' | 'focus', date: string): number {
  const p = layout.panels.find((x) => x.name === panel)!;
  const [d0, d1] = p.domain.map((d) => Date.parse(`${d}T00:00:00Z`));
  const t = Date.parse(`${date}T00:00:00Z`);
  return Math.round((p.top + ((t - d0!) / (d1! - d0!)) * (p.bottom - p.top)) * 10) / 10;
}
