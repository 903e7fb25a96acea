import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWithContent } from './build-fixture.ts';

describe('articles come from content, not code', () => {
  it('a second Markdown file adds a second article page and a link on the front page', () => {
    let checked = false;
    const { status, output } = buildWithContent('tests/fixtures/two-articles', (dist) => {
      expect(existsSync(join(dist, 'articles/putin-zelensky-meeting/index.html'))).toBe(true);
      const second = readFileSync(join(dist, 'articles/second-story/index.html'), 'utf8');
      expect(second).toContain('<h1>A Second Story for the Fixture</h1>');
      expect(second).toContain('id="p-a-single-paragraph-that-names"');
      expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('href="/articles/second-story/"');
      checked = true;
    });
    expect(status, output).toBe(0);
    expect(checked).toBe(true);
  });
});
