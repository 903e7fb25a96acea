import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildWithContent, contentWith } from './build-fixture.ts';

describe('articles come from content, not code', () => {
  it('a second Markdown file adds a second article page and a link on the front page', () => {
    const dir = contentWith({ add: { 'articles/second-story.md': readFileSync('tests/fixtures/second-story.md', 'utf8') } });
    let checked = false;
    try {
      const { status, output } = buildWithContent(dir, (dist) => {
        expect(existsSync(join(dist, 'articles/putin-zelensky-meeting/index.html'))).toBe(true);
        const second = readFileSync(join(dist, 'articles/second-story/index.html'), 'utf8');
        expect(second).toContain('<h1>A Second Story for the Fixture</h1>');
        expect(second).toContain('id="p-a-single-paragraph-that-names"');
        expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('href="/articles/second-story/"');
        checked = true;
      });
      expect(status, output).toBe(0);
      expect(checked).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
