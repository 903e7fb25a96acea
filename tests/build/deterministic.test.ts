import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildInto } from '../helpers/build-fixture.ts';

/** Every file under a folder with a digest of its bytes. */
function digests(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

describe('deterministic builds', () => {
  it('a second build of the same commit produces an identical dist/', () => {
    expect(existsSync('dist/index.html'), 'run `npm run build` first (npm test does)').toBe(true);
    const again = buildInto('./content');
    try {
      expect(again.status, again.output).toBe(0);
      expect(digests(again.outDir)).toEqual(digests('dist'));
    } finally {
      rmSync(again.outDir, { recursive: true, force: true });
    }
  });
});
