import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Strip terminal colours so messages can be compared as text. */
const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

/**
 * A content change to try, as an editor would make it: regex edits to existing files
 * (`[find, replace]`, multiline) and whole files to add, relative to `content/`.
 */
export interface ContentChange {
  edit?: Record<string, [string, string][]>;
  add?: Record<string, string>;
}

/** A copy of the repo's `content/` with a change applied; every edit must match. */
export function contentWith(change: ContentChange): string {
  const dir = mkdtempSync(join(tmpdir(), 'fixture-content-'));
  cpSync('content', dir, { recursive: true });
  for (const [file, edits] of Object.entries(change.edit ?? {})) {
    let text = readFileSync(join(dir, file), 'utf8');
    for (const [find, replace] of edits) {
      const pattern = new RegExp(find, 'm');
      if (!pattern.test(text)) throw new Error(`fixture edit /${find}/ matches nothing in content/${file}: update the fixture`);
      text = text.replace(pattern, replace);
    }
    writeFileSync(join(dir, file), text);
  }
  for (const [file, text] of Object.entries(change.add ?? {})) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

/**
 * Build the site from another content folder and return the exit status and everything
 * the build printed; `inspect` sees the output folder of a successful build.
 */
export function buildWithContent(contentDir: string, inspect?: (outDir: string) => void): { status: number | null; output: string } {
  const result = buildInto(contentDir);
  try {
    if (result.status === 0) inspect?.(result.outDir);
    return { status: result.status, output: result.output };
  } finally {
    rmSync(result.outDir, { recursive: true, force: true });
  }
}

/** Build another content folder into a new temporary folder; the caller removes `outDir`. */
export function buildInto(contentDir: string): { status: number | null; output: string; outDir: string } {
  const outDir = mkdtempSync(join(tmpdir(), 'fixture-dist-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'fixture-cache-'));
  try {
    const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
      env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { status: result.status, output: plain(`${result.stdout}\n${result.stderr}`), outDir };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
