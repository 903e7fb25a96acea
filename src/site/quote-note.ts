import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { formatDateSpanParts, isoOf, type DateSpan } from '../core/dates.ts';
import { firstWords } from '../text/normalize.ts';
import { glossaryUrl, quoteUrl } from '../core/urls.ts';
import { textDirective } from '../core/text-fragment.ts';
import type { GlossaryEntry, QuoteEntry } from './entries.ts';

/**
 * The note beside a quote in the article: a native disclosure (keyboard and screen-reader
 * friendly, works without JavaScript) whose summary names the speaker and date, and whose
 * body gives occasion, context, annotation and links.
 */
export function quoteNote(
  quote: QuoteEntry,
  speaker: GlossaryEntry,
  context: ElementContent[],
  annotation: ElementContent[],
): Element {
  const { said } = quote.data;
  return h('details', { className: ['quote-note'], dataQuote: quote.id }, [
    h('summary', [
      h('span', { className: ['note-quote'] }, `“${firstWords(quote.data.text, 5)}”`),
      ' ',
      h('span', { className: ['note-speaker'] }, speaker.data.name),
      ', ',
      ...dateElements(said.date),
    ]),
    h('div', { className: ['note-body'] }, [
      said.where ? h('p', { className: ['note-occasion'] }, said.where) : undefined,
      said.dateNote ? h('p', { className: ['note-occasion', 'date-note'] }, said.dateNote) : undefined,
      h('p', { className: ['note-label'] }, 'Context'),
      ...context,
      h('p', { className: ['note-label'] }, 'What it means'),
      ...annotation,
      h('p', { className: ['note-links'] }, [
        h('a', { href: glossaryUrl(speaker.id) }, `About ${speaker.data.name}`),
        ' · ',
        h('a', { href: quoteUrl(quote.id) }, 'Quote page and sources'),
        ' · ',
        h(
          'a',
          {
            href: `#${quote.id}`,
            className: ['permalink-text', 'quote-permalink'],
            dataShare: '',
            dataFragmentText: textDirective(quote.data.text),
          },
          ['Copy link to this quote'],
        ),
      ]),
    ]),
  ]);
}

/** A date, or a range with a `<time>` for each end (as the DateSpan component renders it). */
function dateElements(span: DateSpan): (Element | string)[] {
  const parts = formatDateSpanParts(span);
  if (!span.end) return [h('time', { dateTime: isoOf(span.start) }, parts[0])];
  return [
    h('time', { dateTime: isoOf(span.start) }, parts[0]),
    parts[1]!,
    h('time', { dateTime: isoOf(span.end) }, parts[2]!),
  ];
}
