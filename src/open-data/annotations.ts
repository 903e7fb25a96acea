import type { Quote, SiteData } from '../site/types.ts';
import { accessedDate } from '../citations/csl.ts';
import { compareDates, isoOf, type PartialDate } from '../core/dates.ts';
import { SITE_NAME } from '../core/site.ts';
import { ANNOTATIONS_PATH } from '../core/pages.ts';
import { absoluteLinks, absoluteUrl, withBase } from '../core/urls.ts';

/**
 * Every quote note as a W3C Web Annotation (https://www.w3.org/TR/annotation-model/), in
 * one `AnnotationCollection` whose first page holds them all: each targets the article
 * page, found by a `TextQuoteSelector` (the words as printed, with the text around them)
 * and a `FragmentSelector` (the quote's id there); its body is the note (context and
 * what it means) as HTML, and for a translated quote a second body: the speaker's own
 * words in their language. Annotation tools can load them onto the article.
 */
export function annotationCollection(data: SiteData, site: URL | undefined) {
  const abs = (address: string) => absoluteUrl(address, site);
  const id = abs(withBase(ANNOTATIONS_PATH));
  const creator = { id: abs(withBase('/')), type: 'Organization', name: SITE_NAME };
  const fallback = accessedDate(data);
  const items = data.quotes.map((q) => {
    const { created, modified } = dates(q, fallback);
    return {
      id: `${id}#${q.id}`,
      type: 'Annotation',
      motivation: 'commenting',
      creator,
      created: `${created}T00:00:00Z`,
      modified: `${modified}T00:00:00Z`,
      body: [
        {
          type: 'TextualBody',
          format: 'text/html',
          language: 'en',
          purpose: 'commenting',
          value: `<p><strong>Context</strong></p>${absoluteLinks(q.context.html, site)}<p><strong>What it means</strong></p>${absoluteLinks(q.annotation.html, site)}`,
        },
        ...spokenBody(q),
      ],
      target: {
        source: abs(q.article.url),
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: q.selector.exact,
            prefix: q.selector.prefix ?? '',
            suffix: q.selector.suffix ?? '',
          },
          { type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3986', value: q.id },
        ],
      },
    };
  });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label: `${SITE_NAME}: notes on every quote`,
    creator,
    total: items.length,
    first: { id: `${id}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

/**
 * A note's dates, from its content so every build of a commit agrees: created, the
 * earliest day its research is dated (a source checked, a correction); modified, its
 * latest correction. Without either, the day the content last changed.
 */
function dates(quote: Quote, fallback: PartialDate): { created: string; modified: string } {
  const checked = quote.entry.data.sources.flatMap((s) => ('checked' in s ? [s.checked] : []));
  const corrected = quote.entry.data.corrections.map((c) => c.date);
  const sorted = [...checked, ...corrected].sort(compareDates);
  const newest = [...corrected].sort(compareDates).at(-1);
  const created = sorted[0] ?? fallback;
  return { created: isoOf(created), modified: isoOf(newest && compareDates(newest, created) > 0 ? newest : created) };
}

/** The speaker's own words behind a translated quote, as a body in their language that describes the target. */
function spokenBody(quote: Quote) {
  const { language, original } = quote.entry.data.spoken;
  if (!original) return [];
  return [{ type: 'TextualBody', format: 'text/plain', language, purpose: 'describing', value: original.text }];
}
