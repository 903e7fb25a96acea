import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The file whose time stamp marks when this build began writing (removed when it is done). */
const MARKER = '.build-started';

/**
 * Build over the last build's `dist/` instead of emptying it first, then remove what this
 * build did not write. Astro empties `dist/` before it builds (Vite's `emptyOutDir`, off in
 * astro.config.mjs): at 1,000 articles that is some 133,000 files deleted and made anew,
 * and on this machine's disk making a file costs about half a millisecond of kernel time,
 * while writing over one does not (a bare Astro build of 70,000 pages over its last output:
 * 54.4 s emptied first, 28.4 s written over).
 *
 * Every file this build writes, whatever writes it (Astro, Vite, Pagefind, the other
 * integrations), is newer than a marker made when the build starts; what is older is left
 * from an earlier build (a Pagefind fragment of an edited record, an asset under an old
 * hash) and is removed, with the folders it leaves empty. Listed after every integration
 * that writes into `dist/`, so its `build:done` runs after theirs.
 *
 * A page an incremental build skipped (src/site/page-keys.ts) is this build's too, though
 * Astro did not write it again: it is in the build's list of the files of its pages.
 */
export default function staleFiles(): AstroIntegration {
  let out = '';
  let started = 0;
  return {
    name: 'site-stale-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        out = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        // The marker's own time stamp, from the clock the file system stamps files with.
        mkdirSync(out, { recursive: true });
        writeFileSync(join(out, MARKER), '');
        started = statSync(join(out, MARKER)).mtimeMs;
      },
      'astro:build:done': ({ logger, assets }) => {
        rmSync(join(out, MARKER));
        const pages = new Set([...assets.values()].flatMap((urls) => urls.map((url) => fileURLToPath(url))));
        const removed = removeOlder(out, started, KEEP, pages);
        if (removed > 0) logger.info(`removed ${removed} files an earlier build left in ${out}`);
      },
    },
  };
}

/** What `dist/` may hold that no build writes and none may remove: a deploy's own git checkout, as Astro spares it. */
const KEEP = new Set(['.git']);

/**
 * Remove every file under `dir` last written before `since`, and the folders that leaves
 * empty, except the entries of `dir` named in `keep` and the files (full paths) in
 * `current`; returns how many files.
 */
export function removeOlder(
  dir: string,
  since: number,
  keep: ReadonlySet<string> = new Set(),
  current: ReadonlySet<string> = new Set(),
): number {
  return sweep(dir, since, keep, current).removed;
}

/** removeOlder, telling too how many entries are left in `dir` (a folder left empty is removed without reading it again). */
function sweep(
  dir: string,
  since: number,
  keep: ReadonlySet<string>,
  current: ReadonlySet<string>,
): { removed: number; left: number } {
  let removed = 0;
  let left = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (keep.has(entry.name)) left++;
    else if (entry.isDirectory()) {
      const inside = sweep(path, since, new Set(), current);
      removed += inside.removed;
      if (inside.left === 0) rmdirSync(path);
      else left++;
    } else if (!current.has(path) && statSync(path).mtimeMs < since) {
      rmSync(path);
      removed++;
    } else left++;
  }
  return { removed, left };
}
