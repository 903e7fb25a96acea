import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readMovedLinks } from '../../../src/links/moved.ts';
import { problemLines } from '../../helpers/render.ts';

/** moved.yaml with these words, in a content folder of its own. */
function read(yaml: string | undefined) {
  const dir = mkdtempSync(join(tmpdir(), 'moved-'));
  try {
    if (yaml !== undefined) writeFileSync(join(dir, 'moved.yaml'), yaml);
    const { moved, problems } = readMovedLinks(dir);
    return { moved, problems: problemLines(problems).map((l) => l.replace(dir, 'content')) };
  } finally {
    rmSync(dir, { recursive: true });
  }
}

describe('content/moved.yaml', () => {
  it('is optional: without it nothing moved', () => {
    expect(read(undefined)).toEqual({ moved: { pages: {}, fragments: {} }, problems: [] });
  });

  it('lists moved pages and fragment ids', () => {
    const { moved, problems } = read(
      'pages:\n  /people/: /glossary/\nfragments:\n  /articles/a/:\n    old-id: new-id\n',
    );
    expect(problems).toEqual([]);
    expect(moved).toEqual({
      pages: { '/people/': '/glossary/' },
      fragments: { '/articles/a/': { 'old-id': 'new-id' } },
    });
  });

  it('reports a mistake like any content problem: file, line, what is wrong and the fix', () => {
    expect(read('pages:\n  /people/: glossary\n').problems).toEqual([
      'content/moved.yaml:2 moved.yaml: `pages./people/` is not valid. (schema) How to fix: a new page path starts and ends with “/”, e.g. /glossary/',
    ]);
    expect(read('page:\n  /people/: /glossary/\n').problems).toEqual([
      'content/moved.yaml:1 moved.yaml: an unknown field “page”. (schema) How to fix: moved.yaml has two sections, pages and fragments: fix or remove page',
    ]);
    expect(read('pages: [\n').problems[0]).toMatch(
      /^content\/moved\.yaml:\d+ moved\.yaml: the file is not valid YAML: .* \(yaml\) How to fix: see “Links that last” in README\.md for the format\.$/,
    );
  });
});
