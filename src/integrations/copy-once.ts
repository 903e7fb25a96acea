import { copyFileSync, existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';

/** A file copied into `dist/`: what it is a copy of (a digest), and the copy's size and time stamp then. */
export type Copy = [key: string, size: number, mtimeMs: number];

/**
 * The copies one build made into an output folder, kept in the cache so the next build
 * into the same folder need not copy them again. The share cards are 15,083 files at
 * 1,000 articles, and copying them all took 4–8 s of every rebuild; reading both copies
 * to compare them was slower still (src/integrations/write-if-changed.ts).
 */
export class CopyLog {
  readonly #file: string;
  readonly #out: string;
  readonly #last: Record<string, Copy>;
  readonly #next: Record<string, Copy> = {};
  copied = 0;

  constructor(file: string, out: string) {
    this.#file = file;
    this.#out = out;
    let last: { out?: string; copies?: Record<string, Copy> } = {};
    try {
      if (existsSync(file)) last = JSON.parse(readFileSync(file, 'utf8')) as typeof last;
    } catch {
      // Unreadable: every file is copied again.
    }
    this.#last = last.out === out && last.copies ? last.copies : {};
  }

  /**
   * Copy `from` (whose content `key` names) to `to`, unless `to` is still the copy of `key`
   * the last build made, with the same size and time stamp: then it only gets a new time
   * stamp, so src/integrations/stale-files.ts keeps it as this build's.
   */
  copy(from: string, to: string, key: string): void {
    const last = this.#last[to];
    const now = last?.[0] === key ? statOf(to) : undefined;
    if (now && now.size === last![1] && now.mtimeMs === last![2]) {
      const at = new Date();
      utimesSync(to, at, at);
    } else {
      copyFileSync(from, to);
      this.copied++;
    }
    const after = statSync(to);
    this.#next[to] = [key, after.size, after.mtimeMs];
  }

  /** Keep this build's copies for the next one. */
  save(): void {
    writeFileSync(this.#file, JSON.stringify({ out: this.#out, copies: this.#next }));
  }
}

function statOf(file: string) {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}
