import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Write `bytes` to `file` unless it already holds exactly them; then only its time stamp
 * is set to now, so src/integrations/stale-files.ts keeps it as this build's. Builds write
 * over the last `dist/`, and on this machine's disk rewriting a file costs far more than
 * reading it: the 45,045 citation files of a 1,000-article archive took 6.2–7.8 s to
 * write again and 0.6 s to compare and touch (2 s instead of 8 s in a rebuild). Not used
 * for the share cards: it reads each card twice, from the cache and from `dist/`, and one
 * rebuild took 18 s over them where copying had taken 4 s in an earlier one (we take the
 * cards to have been out of memory by then). Returns whether the file was written.
 */
export function writeIfChanged(file: string, bytes: string | Uint8Array): boolean {
  const wanted = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  let same = false;
  try {
    same = readFileSync(file).equals(wanted);
  } catch {
    // Not there yet (a first build, a new page): written below.
  }
  if (same) {
    const now = new Date();
    utimesSync(file, now, now);
    return false;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, wanted);
  return true;
}
