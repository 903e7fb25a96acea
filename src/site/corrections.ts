import { compareDates } from '../core/dates.ts';
import { correctionDays as days } from './correction-ids.ts';

import { correctionIds } from './correction-ids.ts';
export { correctionIds };
import { eventCorrectionsId, TEMPLATE_IDS } from '../core/template-ids.ts';
import { articleUrl, eventPageUrl, eventUrl, glossaryUrl, quoteUrl } from '../core/urls.ts';
import type { Entries } from './entries.ts';
import type { CorrectionRecord } from './types.ts';

/** The id of the corrections list on an article page and on a quote or glossary page. */
export const CORRECTIONS_ID = {
  article: TEMPLATE_IDS.articleCorrections,
  entry: TEMPLATE_IDS.entryCorrections,
} as const;

/**
 * Every correction of every entry (withdrawn ones included), newest first; on the same
 * day, by the entry's name, so the order never depends on file order.
 */
export function allCorrections(entries: Entries): CorrectionRecord[] {
  const records: CorrectionRecord[] = [
    ...entries.articles.flatMap((a) =>
      a.data.corrections.map((c, index) => ({
        ...c,
        index,
        entry: {
          collection: 'articles' as const,
          id: a.id,
          article: a.id,
          name: a.data.title,
          url: `${articleUrl(a.id)}#${CORRECTIONS_ID.article}`,
        },
      })),
    ),
    ...entries.quotes.flatMap((q) =>
      q.data.corrections.map((c, index) => ({
        ...c,
        index,
        entry: {
          collection: 'quotes' as const,
          id: q.id,
          article: q.data.article.id,
          name: `“${q.data.text}”`,
          url: `${quoteUrl(q.id)}#${CORRECTIONS_ID.entry}`,
        },
      })),
    ),
    ...entries.glossary.flatMap((g) =>
      g.data.corrections.map((c, index) => ({
        ...c,
        index,
        entry: {
          collection: 'glossary' as const,
          id: g.id,
          name: g.data.name,
          url: `${glossaryUrl(g.id)}#${CORRECTIONS_ID.entry}`,
        },
      })),
    ),
    ...entries.timeline.flatMap((e) =>
      e.data.corrections.map((c, index) => ({
        ...c,
        index,
        entry: {
          collection: 'timeline' as const,
          id: e.id,
          name: e.data.title,
          url: `${eventPageUrl(e.id)}#${CORRECTIONS_ID.entry}`,
        },
      })),
    ),
  ];
  return records.sort(
    (a, b) =>
      compareDates(b.date, a.date) || a.entry.name.localeCompare(b.entry.name) || a.entry.id.localeCompare(b.entry.id),
  );
}

/** An entry's own corrections, newest first, as its page lists them. */
export function newestFirst<T extends { date: CorrectionRecord['date'] }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => compareDates(b.date, a.date));
}

/** The id of an entry's corrections list on its page (Corrections), as the page gives it. */
function correctionsListId(entry: CorrectionRecord['entry']): string {
  return entry.collection === 'articles' ? CORRECTIONS_ID.article : CORRECTIONS_ID.entry;
}

/**
 * The ids of an event's corrections on the timeline, in the list's order: the event's list
 * id and the day, `alaska-summit-corrections-2026-11-27`. The timeline lists each
 * correction by its day there, with a link to it in full on the event's page; the feed's
 * items for them keep these addresses, which were their first.
 */
export function timelineCorrectionIds(event: string, list: readonly { date: CorrectionRecord['date'] }[]): string[] {
  return correctionIds(list, eventCorrectionsId(event));
}

/**
 * For every correction of the site (in the order of `SiteData.corrections`, which keeps an
 * entry's corrections of one day in the order written): its id on /corrections/
 * (`correction-quotes-zelensky-too-afraid-2026-11-27`, unique on that page), the address
 * of the correction on its entry's page (`/quotes/zelensky-too-afraid/#corrections-2026-11-27`),
 * and the feed's link to it, which is the item's guid and never changes: the same address,
 * but for an event's correction its place on the timeline, where the feed first linked it
 * (`/timeline/#alaska-summit-corrections-2026-11-27`).
 */
export function correctionLinks(records: readonly CorrectionRecord[]): { id: string; href: string; feed: string }[] {
  const day = days(records, (c) => `${c.entry.collection}/${c.entry.id}`);
  return records.map((c, i) => {
    const href = `${c.entry.url.split('#')[0]}#${correctionsListId(c.entry)}-${day[i]}`;
    return {
      id: `correction-${c.entry.collection}-${c.entry.id}-${day[i]}`,
      href,
      feed: c.entry.collection === 'timeline' ? `${eventUrl(eventCorrectionsId(c.entry.id))}-${day[i]}` : href,
    };
  });
}
