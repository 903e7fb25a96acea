/** Number and table formatting shared by the bench reports. */

export const KB = 1024;
export const MB = 1024 * KB;

export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
export const seconds = (s: number) => `${s.toFixed(1)} s`;

/** Plain text with terminal colour codes removed, so build output can be matched as text. */
export const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

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
