import { describe, expect, it } from 'vitest';
import { buildSite } from '../../../src/site/build-site.ts';
import { newestFirst } from '../../../src/site/corrections.ts';
import { rawEntries, readContent } from '../../helpers/content.ts';

/** A field each collection's test corrections change. */
const FIELD = { articles: 'dek', glossary: 'description', quotes: 'annotation', timeline: 'summary' } as const;

/** The real content with only the corrections given (collection/id → dates), none other. */
function siteWith(corrections: Record<string, string[]>) {
  const raw = rawEntries(readContent());
  for (const entry of raw) {
    const dates = corrections[`${entry.collection}/${entry.id}`] ?? [];
    (entry.data as { corrections?: unknown }).corrections = dates.map((date, i) => ({
      date,
      what: `Change ${i + 1}.`,
      why: 'A reason.',
      before: { [FIELD[entry.collection]]: `Earlier words ${i + 1}.` },
    }));
  }
  const { data, problems } = buildSite(raw);
  expect(problems).toEqual([]);
  return data;
}

const day = (d: { year: number; month?: number; day?: number }) =>
  [d.year, d.month, d.day].map((n) => String(n).padStart(2, '0')).join('-');

describe('corrections', () => {
  it('are listed site-wide newest first; on the same day by the entry’s name', () => {
    const data = siteWith({
      'glossary/afp': ['2026-01-02'],
      'timeline/alaska-summit': ['2026-03-04', '2025-12-31'],
      'glossary/vladimir-putin': ['2026-03-04'],
      'quotes/zelensky-too-afraid': ['2026-02-01'],
      'articles/putin-zelensky-meeting': ['2026-03-05'],
    });
    expect(data.corrections.map((c) => `${day(c.date)} ${c.entry.name}`)).toEqual([
      '2026-03-05 Putin Calls Zelensky the West’s Illegitimate Puppet. Can He Talk Peace With Him?',
      '2026-03-04 Trump and Putin meet in Alaska',
      '2026-03-04 Vladimir Putin',
      '2026-02-01 “too afraid”',
      '2026-01-02 AFP',
      '2025-12-31 Trump and Putin meet in Alaska',
    ]);
    expect(data.corrections.map((c) => c.entry.url)).toContain('/quotes/zelensky-too-afraid/#corrections');
  });

  it('of one entry are shown newest first, and one written below an older one stops the build', () => {
    const data = siteWith({ 'glossary/afp': ['2026-03-04', '2026-03-04', '2026-01-02'] });
    const afp = data.glossary.find((g) => g.id === 'afp')!;
    expect(newestFirst(afp.entry.data.corrections).map((c) => c.what)).toEqual(['Change 1.', 'Change 2.', 'Change 3.']);
    // Ids and edition numbers count from the last written: one added at the foot would take an older one's.
    const raw = rawEntries(readContent());
    const entry = raw.find((e) => e.collection === 'glossary' && e.id === 'afp')!;
    (entry.data as { corrections?: unknown }).corrections = ['2025-12-31', '2026-03-04'].map((date, i) => ({
      date,
      what: `Change ${i + 1}.`,
      why: 'A reason.',
      before: { description: `Earlier words ${i + 1}.` },
    }));
    expect(buildSite(raw).problems.map((p) => p.ruleId)).toContain('corrections-newest-first');
  });
});
