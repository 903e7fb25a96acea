import { cpSync, existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository root, wherever the bench is started from. */
export const ROOT = resolve(import.meta.dirname, '..', '..');

/** What a build reads from the project; everything else (dist, .astro, tests) stays behind. */
const BUILD_INPUTS = ['src', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * A private copy of the project to build in, with `node_modules` linked, not copied.
 *
 * Why not build in the repo with `--outDir /tmp/…`: Astro puts its prerender bundle in
 * `<cwd>/.astro/.prerender/` whenever the output folder is outside the working directory,
 * so two such builds at once (a long scale run and someone's test build) delete each
 * other's chunks and fail with ERR_MODULE_NOT_FOUND. Here the output folder is inside the
 * copy, so the bundle, `.astro/` and the cache all stay private. It also builds one
 * snapshot of the sources while others keep editing them.
 */
export function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-root-'));
  for (const name of BUILD_INPUTS) {
    if (existsSync(join(ROOT, name))) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
