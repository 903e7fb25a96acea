import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { formatDateSpanParts, isoOf, type DateSpan } from '../core/dates.ts';
import { firstWords } from '../text/normalize.ts';
import { quoteUrl } from '../core/urls.ts';
import { TEMPLATE_IDS } from '../core/template-ids.ts';
import type { GlossaryEntry, QuoteEntry } from './entries.ts';
import { spokenView, type SpokenView } from './spoken-view.ts';

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
      ...spokenElements(spokenView(quote.data.spoken, quote.data.sources), quoteUrl(quote.id)),
      h('p', { className: ['note-label'] }, 'Context'),
      ...context,
      h('p', { className: ['note-label'] }, 'What it means'),
      ...annotation,
      h('p', { className: ['note-links'] }, [
        h('a', { href: quoteUrl(quote.id) }, 'Quote page and sources'),
        ' · ',
        h(
          'a',
          {
            href: `#${quote.id}`,
            className: ['permalink-text', 'quote-permalink'],
            dataShare: '',
          },
          ['Copy link to this quote'],
        ),
      ]),
    ]),
  ]);
}

/**
 * The speaker's own words, for a translated quote, lang-marked; or that they were not found.
 * Either way a link leads to the quote page, which has the gloss, the notes and the record.
 */
function spokenElements(view: SpokenView | undefined, page: string): Element[] {
  if (!view) return [];
  const o = view.original;
  // The page's weight is budgeted: the note gives the words; the quote page, their gloss and notes.
  const more = h(
    'a',
    { href: `${page}#${TEMPLATE_IDS.asSpoken}` },
    o ? 'Literal translation and notes' : 'What we looked for',
  );
  if (!o) return [h('p', { className: ['note-label'] }, view.heading), h('p', [more])];
  return [
    h('p', { className: ['note-label'] }, view.heading),
    h('blockquote', { className: ['note-original'], lang: view.language, cite: o.url }, [h('p', o.quoted)]),
    h('p', [more]),
  ];
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
