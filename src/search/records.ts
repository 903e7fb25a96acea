import type { SiteData } from '../site/site-data.ts';
import { formatDateSpan } from '../core/dates.ts';
import { normalizeText, openingWords } from '../text/normalize.ts';
import { glossaryUrl, eventUrl } from '../core/urls.ts';
import type { SearchKind } from '../core/vocabulary.ts';
import { bestBets } from './best-bets.ts';
import { betField } from './ranking.ts';

/**
 * One thing a search can find, with the most precise address for it.
 *
 * Pagefind searches the content and every metadata field, so the metadata holds only what
 * may find the record: its `title` (what the result shows as its title, ranked up), its
 * `bet` (its names as best-bet words, src/search/ranking.ts, never ranked) and a `context`
 * whose words are all in the content already. What a result only shows (the article a
 * paragraph is in, a date) is in the filters, which Pagefind returns with the result and
 * never matches against words: a date, an address or an id finds nothing by accident.
 */
export interface SearchRecord {
  url: string;
  content: string;
  language: 'en';
  meta: { title: string; bet?: string; context?: string };
  filters: { kind: SearchKind[]; person: string[]; article?: string[]; date?: string[] };
}

/** Index text: straight quote marks so "haven't" matches however it was typed. */
const indexText = (...parts: (string | undefined)[]) => normalizeText(parts.filter(Boolean).join('\n')).trim();

/**
 * Everything the site publishes, as search records: each article (its headline and dek),
 * each paragraph of each article (kind "section", titled by its section), each quote
 * (landing on its words in the article), each glossary entry and each timeline event.
 * Filters: kind, and the people involved.
 */
export function searchRecords(data: SiteData): SearchRecord[] {
  const records: SearchRecord[] = [];
  const names = new Map(data.glossary.map((p) => [p.id, p.entry.data]));
  const personName = (id: string) => (names.get(id)?.kind === 'person' ? [names.get(id)!.name] : []);
  const bets = new Map(bestBets(data).map((b) => [b.url, betField(b.names)]));
  const bet = (url: string) => (bets.get(url) ? { bet: bets.get(url)! } : {});

  for (const article of data.articles) {
    const title = article.entry.data.title;
    records.push({
      url: article.url,
      content: indexText(article.entry.data.dek),
      language: 'en',
      meta: { title, ...bet(article.url) },
      filters: { kind: ['section'], person: [] },
    });
    const headingAt = new Map(article.headings.map((h) => [h.id, h.text]));
    // Paragraphs, list items and photo captions, in reading order, each under its section
    // (a block before the first heading is titled by its own opening words).
    for (const paragraph of article.blocks) {
      const section = (paragraph.section && headingAt.get(paragraph.section)) || `“${openingWords(paragraph.text, 8)}”`;
      const people = [
        ...new Set(article.mentions.filter((m) => m.block === paragraph.id).flatMap((m) => personName(m.entry))),
      ];
      records.push({
        url: `${article.url}#${paragraph.id}`,
        content: indexText(paragraph.text),
        language: 'en',
        meta: { title: section },
        filters: { kind: ['section'], person: people, article: [title] },
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
      meta: { title: `“${d.text}”`, context: quote.speaker.data.name, ...bet(quote.inContext) },
      filters: { kind: ['quote'], person: [quote.speaker.data.name], date: [formatDateSpan(d.said.date)] },
    });
  }

  for (const person of data.glossary) {
    const d = person.entry.data;
    const url = glossaryUrl(person.id);
    records.push({
      url,
      content: indexText(d.description, d.role, d.name, ...d.aliases.filter((a) => a !== d.name)),
      language: 'en',
      meta: { title: d.name, ...(d.role ? { context: d.role } : {}), ...bet(url) },
      filters: { kind: [d.kind], person: d.kind === 'person' ? [d.name] : [] },
    });
  }

  for (const event of data.events) {
    const d = event.entry.data;
    const url = eventUrl(event.id);
    records.push({
      url,
      content: indexText(
        d.title,
        event.summary.text,
        d.venue,
        event.place?.data.name,
        [...event.participants, ...event.declined].map((p) => p.data.name).join(', '),
      ),
      language: 'en',
      meta: { title: d.title, ...(event.place ? { context: event.place.data.name } : {}), ...bet(url) },
      filters: {
        kind: ['event'],
        person: [...event.participants, ...event.declined]
          .filter((p) => p.data.kind === 'person')
          .map((p) => p.data.name),
        date: [formatDateSpan(d.date)],
      },
    });
  }
  return records;
}
