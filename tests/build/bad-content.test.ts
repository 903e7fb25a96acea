import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildWithContent, contentWith, type ContentChange } from './build-fixture.ts';

/**
 * Each file in tests/fixtures/bad-content is one editor's mistake, applied to a copy of the
 * real content: the build must fail, and print every line of `expect` (the file, the entry
 * and the fix).
 */
const ROOT = 'tests/fixtures/bad-content';

interface Case extends ContentChange {
  why: string;
  expect: string[];
}

describe('bad content stops the build with a message an editor can act on', () => {
  for (const name of readdirSync(ROOT).sort()) {
    const fixture = JSON.parse(readFileSync(join(ROOT, name), 'utf8')) as Case;
    it(`${name.replace(/\.json$/, '')}: ${fixture.why}`, () => {
      const dir = contentWith(fixture);
      try {
        const { status, output } = buildWithContent(dir);
        expect(status, output).not.toBe(0);
        for (const line of fixture.expect) expect(output).toContain(line);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
