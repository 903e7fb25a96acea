import type { LinkManifest } from '../utils/link-manifest.ts';
import { eventUrl, glossaryUrl, paths, quoteUrl } from '../utils/urls.ts';
import type { Entries } from './entries.ts';
import type { Withdrawn } from './types.ts';

/** The withdrawn entries of each collection, each with the address it keeps. */
export function withdrawnEntries(entries: Entries): Withdrawn[] {
  return [
    ...entries.quotes.flatMap((q) => (q.data.withdrawn ? [{ collection: 'quotes' as const, id: q.id, name: `“${q.data.text}”`, url: quoteUrl(q.id), withdrawn: q.data.withdrawn, file: q.file }] : [])),
    ...entries.glossary.flatMap((g) => (g.data.withdrawn ? [{ collection: 'glossary' as const, id: g.id, name: g.data.name, url: glossaryUrl(g.id), withdrawn: g.data.withdrawn, file: g.file }] : [])),
    ...entries.timeline.flatMap((e) => (e.data.withdrawn ? [{ collection: 'timeline' as const, id: e.id, name: e.data.title, url: eventUrl(e.id), withdrawn: e.data.withdrawn, file: e.file }] : [])),
  ];
}

/**
 * Links that once worked keep working when an entry is withdrawn: for each article page,
 * every published fragment id that belonged to a withdrawn entry (the quote's own id, the
 * ids of an entry's mentions, an event's markers) is sent to the entry's notice. The
 * published-links manifest is the memory of which ids were published.
 */
export function withdrawnFragments(withdrawn: readonly Withdrawn[], published: LinkManifest, articles: readonly string[]): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const slug of articles) {
    const page = paths.article(slug);
    const map: Record<string, string> = {};
    for (const id of published[page] ?? []) {
      const gone = withdrawn.find(
        (w) =>
          (w.collection === 'quotes' && id === w.id) ||
          (w.collection === 'glossary' && new RegExp(`-m-${w.id}(?:-\\d+)?$`).test(id)) ||
          (w.collection === 'timeline' && id.endsWith(`-e-${w.id}`)),
      );
      if (gone) map[id] = gone.url;
    }
    if (Object.keys(map).length > 0) out[page] = map;
  }
  return out;
}
