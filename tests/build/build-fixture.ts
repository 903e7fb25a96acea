import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Strip terminal colours so messages can be compared as text. */
const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

/**
 * Build the site from another content folder, as an editor's broken change would, and
 * return the exit status and everything the build printed.
 */
export function buildWithContent(
  contentDir: string,
  inspect?: (outDir: string) => void,
): { status: number | null; output: string } {
  const outDir = mkdtempSync(join(tmpdir(), 'fixture-dist-'));
  try {
    const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
      env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    const output = plain(`${result.stdout}\n${result.stderr}`);
    if (result.status === 0) inspect?.(outDir);
    return { status: result.status, output };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
