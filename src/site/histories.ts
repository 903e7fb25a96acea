import type { Element } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import { formatPartialDate } from '../core/dates.ts';
import { articleUrl, eventPageUrl, glossaryUrl, paths, quoteUrl, withBase } from '../core/urls.ts';
import { renderNote, type RenderedNote } from '../markdown/note-processor.ts';
import { NO_CACHE, type RenderCache } from './render-cache.ts';
import type { Collection } from '../schemas/common.ts';
import { CORRECTIONS_ID } from './corrections.ts';
import { ENTRY_FIELDS } from './entry-fields.ts';
import type { CorrectionRef, HistoryContext, RenderedMarkdown } from './entry-history.ts';

/** Where an entry's corrections are listed: its page, and the list's id there. */
function correctionsPlace(collection: Collection, id: string): { page: string; listId: string } {
  if (collection === 'articles') return { page: articleUrl(id), listId: CORRECTIONS_ID.article };
  if (collection === 'quotes') return { page: quoteUrl(id), listId: CORRECTIONS_ID.entry };
  if (collection === 'glossary') return { page: glossaryUrl(id), listId: CORRECTIONS_ID.entry };
  // An event's own page; the timeline lists each correction by its day (timelineCorrectionIds).
  return { page: eventPageUrl(id), listId: CORRECTIONS_ID.entry };
}

/** Markdown of ours rendered once per text, for the history's comparisons and earlier editions. */
export function markdownRenderer(file: string, cache: RenderCache = NO_CACHE): (markdown: string) => RenderedMarkdown {
  const seen = new Map<string, RenderedMarkdown>();
  return (markdown) => {
    let out = seen.get(markdown);
    if (!out) {
      // Earlier editions may link to places that have moved since: they are shown as they were.
      const note = cachedNote(cache, markdown, file);
      out = { html: note.html, text: note.text, flat: toString({ type: 'root', children: note.hast }) };
      seen.set(markdown, out);
    }
    return out;
  };
}

/** A note's Markdown rendered, or from the cache when these words in this file were rendered before without problems. */
export function cachedNote(cache: RenderCache, markdown: string, file: string, field?: string): RenderedNote {
  return cache.get(
    'note',
    [markdown, file, field],
    () => renderNote(markdown, file, field),
    (n) => n.messages.length === 0,
  );
}

/** What an entry's history needs to know of the site. */
export function historyContext(
  collection: Collection,
  id: string,
  site: Pick<HistoryContext, 'nameOf' | 'paragraphWords' | 'renderMarkdown' | 'wordChanges'>,
): HistoryContext {
  return {
    fields: ENTRY_FIELDS[collection],
    ...correctionsPlace(collection, id),
    editionUrl: (n) => withBase(paths.edition(collection, id, n)),
    ...site,
  };
}

/**
 * The marker the words a correction changed carry: a footnote-style link to the correction
 * (a dagger, named for screen readers by what it leads to).
 */
export function correctionMark(ref: CorrectionRef): Element {
  const what = ref.kind === 'clarification' ? 'Clarified' : 'Corrected';
  return h('sup', { className: ['correction-mark'] }, [
    h('a', { href: ref.href, ariaLabel: `${what} on ${formatPartialDate(ref.date)}: see the note` }, '†'),
  ]);
}
