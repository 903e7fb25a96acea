import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWithContent } from './build-fixture.ts';

/**
 * Each folder in tests/fixtures/bad-content is a content folder with one mistake, and an
 * `expected.txt` whose every line must appear in the failed build's output: the file, the
 * entry and the fix.
 */
const ROOT = 'tests/fixtures/bad-content';

describe('bad content stops the build with a message an editor can act on', () => {
  for (const name of readdirSync(ROOT).sort()) {
    it(name, () => {
      const expected = readFileSync(join(ROOT, name, 'expected.txt'), 'utf8').split('\n').filter(Boolean);
      const { status, output } = buildWithContent(join(ROOT, name));
      expect(status, output).not.toBe(0);
      for (const line of expected) expect(output).toContain(line);
    });
  }
});
