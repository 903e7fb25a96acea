import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildInto } from '../helpers/build-fixture.ts';
import { digests } from '../helpers/digests.ts';

describe('deterministic builds', () => {
  it('a second build of the same commit, over the first one’s output, produces an identical dist/', () => {
    expect(existsSync('dist/index.html'), 'run `npm run build` first (npm test does)').toBe(true);
    // Built over a copy of dist/ with files no build of this commit writes: a page, a search
    // fragment and an asset under an old hash. The build writes over the rest and removes
    // these (src/integrations/stale-files.ts), so what is left must equal dist/ exactly.
    const again = buildInto(
      './content',
      {},
      {
        over: (outDir) => {
          cpSync('dist', outDir, { recursive: true });
          for (const file of [
            'quotes/withdrawn-long-ago/index.html',
            'pagefind/fragment/en_0000000.pf_fragment',
            '_astro/old.0000000.css',
          ]) {
            mkdirSync(dirname(join(outDir, file)), { recursive: true });
            writeFileSync(join(outDir, file), 'left by an earlier build');
          }
        },
      },
    );
    try {
      expect(again.status, again.output).toBe(0);
      expect(digests(again.outDir)).toEqual(digests('dist'));
    } finally {
      rmSync(again.outDir, { recursive: true, force: true });
    }
  });
});
