import type { SiteData } from '../site/site-data.ts';
import { formatDateSpan } from '../core/dates.ts';
import { normalizeText } from '../text/normalize.ts';
import { glossaryUrl, quoteUrl, eventUrl } from '../core/urls.ts';
import { SEARCH_KIND_LABELS, type SearchKind } from '../core/vocabulary.ts';

/** One thing a search can find, with the most precise address for it. */
export interface SearchRecord {
  url: string;
  content: string;
  language: 'en';
  meta: { title: string; kind: SearchKind; context?: string; date?: string; page?: string };
  filters: { kind: SearchKind[]; person: string[] };
}

/** Index text: straight quote marks so "haven't" matches however it was typed. */
const indexText = (...parts: (string | undefined)[]) => normalizeText(parts.filter(Boolean).join('\n')).trim();

/**
 * Everything the site publishes, as search records: each paragraph of each article (kind
 * "section", titled by its section), each quote (landing on its words in the article),
 * each glossary entry and each timeline event. Filters: kind, and the people involved.
 */
export function searchRecords(data: SiteData): SearchRecord[] {
  const records: SearchRecord[] = [];
  const names = new Map(data.glossary.map((p) => [p.id, p.entry.data]));
  const personName = (id: string) => (names.get(id)?.kind === 'person' ? [names.get(id)!.name] : []);

  for (const article of data.articles) {
    const title = article.entry.data.title;
    const headingAt = new Map(article.headings.map((h) => [h.id, h.text]));
    // Paragraphs, list items and photo captions, in reading order, each under its section.
    for (const paragraph of article.blocks) {
      const section = (paragraph.section && headingAt.get(paragraph.section)) || title;
      const people = [
        ...new Set(article.mentions.filter((m) => m.block === paragraph.id).flatMap((m) => personName(m.entry))),
      ];
      records.push({
        url: `${article.url}#${paragraph.id}`,
        content: indexText(paragraph.text),
        language: 'en',
        meta: { title: section, kind: 'section', context: title },
        filters: { kind: ['section'], person: people },
      });
    }
  }

  for (const quote of data.quotes) {
    const d = quote.entry.data;
    records.push({
      url: quote.inContext,
      // Only the words, who said them and where: short records rank first for their own words.
      // A translated quote is found by the speaker's own words too.
      content: indexText(`“${d.text}”`, d.spoken.original?.text, quote.speaker.data.name, d.said.where),
      language: 'en',
      meta: {
        title: `“${d.text}”`,
        kind: 'quote',
        context: quote.speaker.data.name,
        date: formatDateSpan(d.said.date),
        page: quoteUrl(quote.id),
      },
      filters: { kind: ['quote'], person: [quote.speaker.data.name] },
    });
  }

  for (const person of data.glossary) {
    const d = person.entry.data;
    records.push({
      url: glossaryUrl(person.id),
      content: indexText(d.description, d.role, d.name, ...d.aliases.filter((a) => a !== d.name)),
      language: 'en',
      meta: { title: d.name, kind: d.kind, context: d.role ?? SEARCH_KIND_LABELS[d.kind].plural },
      filters: { kind: [d.kind], person: d.kind === 'person' ? [d.name] : [] },
    });
  }

  for (const event of data.events) {
    const d = event.entry.data;
    records.push({
      url: eventUrl(event.id),
      content: indexText(
        d.title,
        event.summary.text,
        d.venue,
        event.place?.data.name,
        [...event.participants, ...event.declined].map((p) => p.data.name).join(', '),
      ),
      language: 'en',
      meta: { title: d.title, kind: 'event', date: formatDateSpan(d.date), context: event.place?.data.name },
      filters: {
        kind: ['event'],
        person: [...event.participants, ...event.declined]
          .filter((p) => p.data.kind === 'person')
          .map((p) => p.data.name),
      },
    });
  }
  return records;
}
