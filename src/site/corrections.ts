import { compareDates } from '../utils/dates.ts';
import { TEMPLATE_IDS } from '../utils/template-ids.ts';
import { articleUrl, eventUrl, glossaryUrl, quoteUrl } from '../utils/urls.ts';
import type { Entries } from './entries.ts';
import type { CorrectionRecord } from './types.ts';

/** The id of the corrections list on an article page and on a quote or glossary page. */
export const CORRECTIONS_ID = { article: TEMPLATE_IDS.articleCorrections, entry: TEMPLATE_IDS.entryCorrections } as const;

/**
 * Every correction of every entry (withdrawn ones included), newest first; on the same
 * day, by the entry's name, so the order never depends on file order.
 */
export function allCorrections(entries: Entries): CorrectionRecord[] {
  const records: CorrectionRecord[] = [
    ...entries.articles.flatMap((a) => a.data.corrections.map((c) => ({ ...c, entry: { collection: 'articles' as const, id: a.id, name: a.data.title, url: `${articleUrl(a.id)}#${CORRECTIONS_ID.article}` } }))),
    ...entries.quotes.flatMap((q) => q.data.corrections.map((c) => ({ ...c, entry: { collection: 'quotes' as const, id: q.id, name: `“${q.data.text}”`, url: `${quoteUrl(q.id)}#${CORRECTIONS_ID.entry}` } }))),
    ...entries.glossary.flatMap((g) => g.data.corrections.map((c) => ({ ...c, entry: { collection: 'glossary' as const, id: g.id, name: g.data.name, url: `${glossaryUrl(g.id)}#${CORRECTIONS_ID.entry}` } }))),
    ...entries.timeline.flatMap((e) => e.data.corrections.map((c) => ({ ...c, entry: { collection: 'timeline' as const, id: e.id, name: e.data.title, url: eventUrl(e.id) } }))),
  ];
  return records.sort((a, b) => compareDates(b.date, a.date) || a.entry.name.localeCompare(b.entry.name) || a.entry.id.localeCompare(b.entry.id));
}

/** An entry's own corrections, newest first, as its page lists them. */
export function newestFirst<T extends { date: CorrectionRecord['date'] }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => compareDates(b.date, a.date));
}
