import { compareDates, isoOf, type PartialDate } from '../core/dates.ts';
import { paths, withBase } from '../core/urls.ts';
import type { EntryHistory } from './entry-history.ts';
import type { SiteData } from './types.ts';

/** The latest day a history's corrections changed its entry, if ever. */
const lastChanged = (...histories: EntryHistory[]): PartialDate | undefined =>
  histories
    .flatMap((h) => h.corrections.map((c) => c.date))
    .reduce<PartialDate | undefined>((a, b) => (!a || compareDates(b, a) > 0 ? b : a), undefined);

/**
 * The day each page last changed, for pages a correction changed: an entry's page (the
 * article's also by its quotes' notes; an event's), the timeline, the corrections page, and each
 * current edition's permanent page. Keyed by address under the base, for the sitemap.
 */
export function pageDates(data: SiteData): Record<string, string> {
  const out: Record<string, string> = {};
  const set = (address: string, day: PartialDate | undefined) => {
    if (day) out[address] = isoOf(day);
  };
  for (const a of data.articles) {
    set(a.url, lastChanged(a.history, ...data.quotes.filter((q) => q.article === a).map((q) => q.history)));
  }
  for (const [collection, list] of [
    ['quotes', data.quotes],
    ['glossary', data.glossary],
  ] as const) {
    for (const item of list)
      set(
        withBase(collection === 'quotes' ? paths.quote(item.id) : paths.glossaryEntry(item.id)),
        lastChanged(item.history),
      );
  }
  for (const e of data.events) set(withBase(paths.eventPage(e.id)), lastChanged(e.history));
  set(withBase('/timeline/'), lastChanged(...data.events.map((e) => e.history)));
  set(withBase('/corrections/'), data.corrections[0]?.date);
  for (const item of [...data.articles, ...data.quotes, ...data.glossary, ...data.events]) {
    for (const e of item.history.editions) set(e.url, e.from ?? e.until);
  }
  return out;
}
