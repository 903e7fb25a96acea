import { describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { buildInto, buildWithContent, contentWith } from '../helpers/build-fixture.ts';

/**
 * The Astro boundary: a real build of content with three mistakes in three files fails,
 * and its log lists all three (file, line, entry, what is wrong and the fix) — not only the
 * first. What each check reports is tested without a build in tests/unit/site/build-site.test.ts.
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

describe('a build with bad settings', () => {
  it('stops before building, naming the setting and the fix', () => {
    for (const [env, message] of [
      [
        { BASE_PATH: '../escape/' },
        'BASE_PATH="../escape/" is not a valid setting: write the path the site is served under, starting with “/”',
      ],
      [
        { SITE_URL: 'not-a-url' },
        'SITE_URL="not-a-url" is not a valid setting: write the origin the site is served from, such as https://example.org',
      ],
    ] as const) {
      const { status, output, outDir } = buildInto('./content', env);
      rmSync(outDir, { recursive: true, force: true });
      expect(status).not.toBe(0);
      expect(output).toContain(message);
      expect(output).not.toMatch(/Missing parameter|Invalid URL/);
    }
  });
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
