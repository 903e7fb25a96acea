import { TEMPLATE_IDS } from '../core/template-ids.ts';
import type { LinkManifest } from '../links/manifest.ts';
import type { MovedLinks } from '../links/moved.ts';
import { eventUrl, glossaryUrl, paths, quoteUrl, withBase } from '../core/urls.ts';
import type { Entries } from './entries.ts';
import type { Withdrawn } from './types.ts';

/** A withdrawn entry before its history is known (build-site.ts adds it). */
type WithdrawnEntry = Omit<Withdrawn, 'history'>;

/** The withdrawn entries of each collection, each with the address it keeps. */
export function withdrawnEntries(entries: Entries): WithdrawnEntry[] {
  return [
    ...entries.quotes.flatMap((q) =>
      q.data.withdrawn
        ? [
            {
              collection: 'quotes' as const,
              id: q.id,
              name: `“${q.data.text}”`,
              url: quoteUrl(q.id),
              withdrawn: q.data.withdrawn,
              file: q.file,
            },
          ]
        : [],
    ),
    ...entries.glossary.flatMap((g) =>
      g.data.withdrawn
        ? [
            {
              collection: 'glossary' as const,
              id: g.id,
              name: g.data.name,
              url: glossaryUrl(g.id),
              withdrawn: g.data.withdrawn,
              file: g.file,
            },
          ]
        : [],
    ),
    ...entries.timeline.flatMap((e) =>
      e.data.withdrawn
        ? [
            {
              collection: 'timeline' as const,
              id: e.id,
              name: e.data.title,
              url: eventUrl(e.id),
              withdrawn: e.data.withdrawn,
              file: e.file,
            },
          ]
        : [],
    ),
  ];
}

/**
 * Per page, the fragment ids that no longer match anything there and where they lead now,
 * for the page's moved-fragments script: the ids content/moved.yaml declares moved (to
 * another id on the page, or to another page's address, put under the base), and, on
 * article pages, every published id that belonged to a withdrawn entry (the quote's own
 * id, the ids of an entry's mentions, an event's markers), sent to the entry's notice. The
 * published-links manifest is the memory of which ids were published.
 */
export function fragmentRedirects(
  withdrawn: readonly WithdrawnEntry[],
  published: LinkManifest,
  articles: readonly string[],
  moved: MovedLinks,
): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [page, ids] of Object.entries(moved.fragments)) {
    if (Object.keys(ids).length > 0)
      out[page] = Object.fromEntries(
        Object.entries(ids).map(([id, to]) => [id, to.startsWith('/') ? withBase(to) : to]),
      );
  }
  // A withdrawn entry's own page is its notice now: links to the parts it no longer has
  // (the words as spoken, a source) land on the notice; its corrections are still there.
  for (const w of withdrawn) {
    if (w.collection === 'timeline') continue;
    const page = w.collection === 'quotes' ? paths.quote(w.id) : paths.glossaryEntry(w.id);
    const gone = (published[page] ?? []).filter((id) => !id.startsWith(TEMPLATE_IDS.entryCorrections));
    if (gone.length > 0)
      out[page] = { ...out[page], ...Object.fromEntries(gone.map((id) => [id, TEMPLATE_IDS.withdrawnNotice])) };
  }
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
    if (Object.keys(map).length > 0) out[page] = { ...out[page], ...map };
  }
  return out;
}
