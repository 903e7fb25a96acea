import { stripVTControlCharacters } from 'node:util';
/** Number and table formatting shared by the bench reports. */
import { availableParallelism, loadavg } from 'node:os';

export const KB = 1024;
export const MB = 1024 * KB;

export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
export const seconds = (s: number) => `${s.toFixed(1)} s`;

/** Plain text with terminal colour codes removed, so build output can be matched as text. */
export const plain = (text: string) => stripVTControlCharacters(text);

/** A table with left-aligned, space-padded columns: readable in a terminal and in CI logs. */
export function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/**
 * The machine's load when a timing starts. Others build and test on the same two cores,
 * so a busy machine inflates build times and can lower Lighthouse performance: say so.
 */
export function loadNote(): string {
  const [oneMinute = 0] = loadavg();
  const cores = availableParallelism();
  const busy = oneMinute > cores * 0.75 ? ': BUSY, timings are inflated' : '';
  return `load average ${oneMinute.toFixed(1)} on ${cores} cores${busy}`;
}
