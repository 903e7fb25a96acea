import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parse as load } from 'yaml';
import { articleSchema } from '../../../src/schemas/article.ts';

/** The frontmatter of a Markdown file, parsed as YAML. */
function frontmatter(path: string): unknown {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'));
  return load(match![1]!);
}

/** The schema's messages for a fixture, as `field: message` lines. */
function errors(name: string): string[] {
  const result = articleSchema.safeParse(frontmatter(`tests/fixtures/frontmatter/${name}.md`));
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`);
}

describe('article frontmatter schema', () => {
  it('accepts every shipped article', () => {
    for (const file of readdirSync('content/articles')) {
      expect(articleSchema.safeParse(frontmatter(`content/articles/${file}`)).error, file).toBeUndefined();
    }
  });

  it('names a missing title and how to fix it', () => {
    expect(errors('missing-title')).toEqual(['title: add `title:` with the original headline, in quotes']);
  });

  it('rejects an unparsable date, quoting it', () => {
    expect(errors('bad-date')).toEqual([
      'published: `published` must be a real date in quotes, such as "2025-08-19" or "2025-08-20T01:00:00Z" (got "2025-02-30")',
    ]);
  });

  it('rejects an unknown field instead of dropping it', () => {
    expect(errors('unknown-field')).toEqual([
      '(entry): unknown field “subtitle” in the article frontmatter: fix the spelling or remove it (allowed: title, sentenceCaseTitle, dek, authors, publisher, published, source, corrections)',
    ]);
  });
});
