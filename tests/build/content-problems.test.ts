import { describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { buildWithContent, contentWith } from './build-fixture.ts';

/**
 * The Astro boundary: a real build of content with three mistakes in three files fails,
 * and its log lists all three (file, line, entry, what is wrong and the fix) — not only the
 * first. What each check reports is tested without a build in tests/unit/content-problems.test.ts.
 */
describe('a build with bad content', () => {
  it('stops, listing every problem at once', () => {
    const fixture = JSON.parse(readFileSync('tests/fixtures/bad-content/three-mistakes.json', 'utf8')) as {
      edit: Record<string, [string, string][]>;
      expect: { file: string; line: number; entry: string; reason: string; fix: string }[];
    };
    const dir = contentWith({ edit: fixture.edit });
    try {
      const { status, output } = buildWithContent(dir);
      expect(status).not.toBe(0);
      expect(output).toContain(`The content has ${fixture.expect.length} problems:`);
      for (const p of fixture.expect) {
        const path = p.file.replace(/^content\//, '');
        expect(output).toContain(path);
        expect(output).toMatch(new RegExp(`\\n${p.line}:\\d+\\s+error\\s+${escape(`${p.entry}: ${p.reason}`)}`));
        expect(output).toContain(`How to fix: ${p.fix}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
