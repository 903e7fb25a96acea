import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../../../src/site/build-site.ts';
import { reportProblems } from '../../../src/problems/report.ts';
import { rawEntries, readContent, withChange, type ContentChange } from '../../helpers/content.ts';

/**
 * Each file in tests/fixtures/bad-content is one editor's mistake (or several), applied to
 * a copy of the real content: building the site's data must report exactly the problems
 * listed, each naming the file, the line, the entry, what is wrong and the fix, and no
 * others (one mistake is not reported twice through what depends on it).
 */
const ROOT = 'tests/fixtures/bad-content';

interface Expected {
  file: string;
  line: number | null;
  entry: string;
  reason: string;
  fix: string;
  rule: string;
}

interface Case extends ContentChange {
  why: string;
  expect: Expected[];
}

const content = readContent();
const { data } = buildSite(rawEntries(content));

describe('the real content', () => {
  it('has no problems', () => {
    const { problems } = buildSite(rawEntries(content));
    expect(reportProblems(problems)).toBe('');
    expect(problems).toEqual([]);
  });
});

describe('links from content', () => {
  it('may point at every page the site has, and the timeline’s year markers', () => {
    const links = [
      '/data/',
      '/data/quotes.json',
      '/data/quotes.schema.json',
      '/data/citations.json',
      '/feed.xml',
      '/annotations.jsonld',
      '/corrections/',
      '/timeline/#year-2019',
      '/timeline/summit/',
      '/timeline/alaska-summit/',
    ];
    const annotation = links.map((l) => `[x](${l})`).join(' ');
    const change = {
      edit: {
        'quotes/lavrov-utmost-care.yaml': [
          ['^annotation: \\|\\n', `annotation: |\n  ${annotation}\n\n`] as [string, string],
        ],
      },
    };
    const { problems } = buildSite(rawEntries(withChange(content, change)));
    expect(reportProblems(problems)).toBe('');
  });
});

describe('bad content is reported with the file, line, entry and fix', () => {
  for (const name of readdirSync(ROOT).sort()) {
    const fixture = JSON.parse(readFileSync(join(ROOT, name), 'utf8')) as Case;
    it(`${name.replace(/\.json$/, '')}: ${fixture.why}`, () => {
      const { problems } = buildSite(rawEntries(withChange(content, fixture)));
      const found = problems.map((m) => ({
        file: m.file,
        line: m.line ?? null,
        entry: m.reason.slice(0, m.reason.indexOf(': ')),
        reason: m.reason.slice(m.reason.indexOf(': ') + 2),
        fix: String(m.note).replace(/^How to fix: /, ''),
        rule: m.ruleId,
      }));
      expect(found).toEqual(fixture.expect);
      expect(problems.every((m) => m.fatal)).toBe(true);
    });
  }
});

describe('other spellings are for search only', () => {
  /** Mentions of an entry once a paragraph with these words is added to the article. */
  function mentionsWith(words: string, entry: string): number {
    const edited = new Map(readContent());
    const file = 'articles/putin-zelensky-meeting.md';
    edited.set(file, `${edited.get(file)!.trimEnd()}\n\n${words}\n`);
    const { data: site, problems } = buildSite(rawEntries(edited));
    expect(problems).toEqual([]);
    return site.glossary.find((g) => g.id === entry)!.mentions.length;
  }

  it('never count as mentions in the text; the article’s spelling does', () => {
    const before = data.glossary.find((g) => g.id === 'volodymyr-zelensky')!.mentions.length;
    expect(mentionsWith('Some outlets write Zelenskyy, others Зеленский.', 'volodymyr-zelensky')).toBe(before);
    expect(mentionsWith('Some outlets write Zelensky.', 'volodymyr-zelensky')).toBe(before + 1);
  });
});
