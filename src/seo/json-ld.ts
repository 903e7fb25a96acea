import type { Article, Entity, Quote, TimelineEvent } from '../site/site-data.ts';
import { isoOf } from '../core/dates.ts';
import { newestFirst } from '../site/corrections.ts';
import type { EntryHistory } from '../site/entry-history.ts';
import { absoluteUrl, articleUrl, eventPageUrl, eventUrl, glossaryUrl, quoteUrl } from '../core/urls.ts';

type JsonLd = Record<string, unknown>;

/**
 * What schema.org says of a corrected page: `dateModified` (the latest correction) and a
 * `CorrectionComment` per correction, newest first, each linking to its note.
 */
export function correctionsJsonLd(history: EntryHistory, site: URL | undefined): JsonLd {
  const list = newestFirst(history.corrections);
  if (list.length === 0) return {};
  return {
    dateModified: isoOf(list[0]!.date),
    correction: list.map((c) => ({
      '@type': 'CorrectionComment',
      text: `${c.what} Why: ${c.why}`,
      datePublished: isoOf(c.date),
      url: absoluteUrl(c.href, site),
    })),
  };
}

/** schema.org `NewsArticle` for an article page, pointing back to the original. */
export function newsArticleJsonLd(article: Article, site: URL | undefined): JsonLd {
  const data = article.entry.data;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: data.title,
    description: data.dek,
    datePublished: data.published.toISOString(),
    author: data.authors.map((a) => ({ '@type': 'Person', name: a.name })),
    publisher: { '@type': 'Organization', name: data.publisher },
    isBasedOn: data.source.url,
    url: absoluteUrl(article.url, site),
    mainEntityOfPage: absoluteUrl(article.url, site),
    ...correctionsJsonLd(article.history, site),
  };
}

const TYPES = { person: 'Person', place: 'Place', organisation: 'Organization' } as const;

/** A glossary entry as a schema.org thing, as short or full as needed. */
function thing(person: Pick<Entity, 'entry' | 'id'>, site: URL | undefined): JsonLd {
  return {
    '@type': TYPES[person.entry.data.kind],
    name: person.entry.data.name,
    url: absoluteUrl(glossaryUrl(person.id), site),
  };
}

/** schema.org `Quotation` for a quote page. */
export function quotationJsonLd(quote: Quote, site: URL | undefined): JsonLd {
  const speaker = {
    '@type': 'Person',
    name: quote.speaker.data.name,
    url: absoluteUrl(glossaryUrl(quote.speaker.id), site),
  };
  const { language, original } = quote.entry.data.spoken;
  return {
    '@context': 'https://schema.org',
    '@type': 'Quotation',
    text: quote.entry.data.text,
    inLanguage: 'en',
    // A translated quote is a translation of the speaker's words, as the record reports them.
    ...(original
      ? {
          translationOfWork: {
            '@type': 'Quotation',
            text: original.text,
            inLanguage: language,
            isBasedOn: original.source.url,
          },
        }
      : {}),
    spokenByCharacter: speaker,
    creator: speaker,
    author: speaker,
    dateCreated: isoOf(quote.entry.data.said.date.start),
    // First published in the article, by its publisher: what page readers take as the date and publisher.
    datePublished: quote.article.entry.data.published.toISOString(),
    publisher: { '@type': 'Organization', name: quote.article.entry.data.publisher },
    url: absoluteUrl(quoteUrl(quote.id), site),
    isPartOf: {
      '@type': 'NewsArticle',
      headline: quote.article.entry.data.title,
      author: quote.article.entry.data.authors.map((a) => ({ '@type': 'Person', name: a.name })),
      publisher: { '@type': 'Organization', name: quote.article.entry.data.publisher },
      datePublished: quote.article.entry.data.published.toISOString(),
      isBasedOn: quote.article.entry.data.source.url,
      url: absoluteUrl(articleUrl(quote.article.slug), site),
    },
    ...correctionsJsonLd(quote.history, site),
  };
}

/** schema.org `Person`, `Place` or `Organization` for a glossary page. */
export function glossaryJsonLd(person: Entity, site: URL | undefined): JsonLd {
  const data = person.entry.data;
  return {
    '@context': 'https://schema.org',
    ...thing(person, site),
    description: data.description,
    ...(data.role ? { jobTitle: data.role } : {}),
    ...(data.aliases.length > 1 ? { alternateName: data.aliases.filter((a) => a !== data.name) } : {}),
    ...(data.sources?.length ? { sameAs: data.sources.map((s) => s.url) } : {}),
    ...correctionsJsonLd(person.history, site),
  };
}

/**
 * schema.org `EventStatusType` for our statuses. schema.org has no "proposed": a proposed
 * meeting with no date set is closest to `EventPostponed` ("no new date has been set").
 */
const EVENT_STATUS = {
  held: 'https://schema.org/EventScheduled',
  declined: 'https://schema.org/EventCancelled',
  proposed: 'https://schema.org/EventPostponed',
} as const;

/** What the timeline and an event's page both say of an event: what, when, where, and its page. */
function eventNode(e: TimelineEvent, site: URL | undefined): JsonLd {
  const d = e.entry.data;
  return {
    '@type': 'Event',
    '@id': absoluteUrl(eventUrl(e.id), site),
    url: absoluteUrl(eventPageUrl(e.id), site),
    name: d.title,
    startDate: isoOf(d.date.start),
    ...(d.date.end ? { endDate: isoOf(d.date.end) } : {}),
    eventStatus: EVENT_STATUS[d.status],
    ...(e.place
      ? { location: { '@type': 'Place', name: d.venue ? `${d.venue}, ${e.place.data.name}` : e.place.data.name } }
      : {}),
  };
}

/**
 * schema.org `Event`s for the timeline: each event's name, dates, status and place, when it
 * last changed, and its page, whose own JSON-LD (the same `@id`) says the rest.
 */
export function eventsJsonLd(events: TimelineEvent[], site: URL | undefined): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@graph': events.map((e) => {
      const { dateModified } = correctionsJsonLd(e.history, site);
      return { ...eventNode(e, site), ...(dateModified ? { dateModified } : {}) };
    }),
  };
}

/** schema.org `Event` for an event's page: all of it, its summary, who took part and every correction. */
export function eventJsonLd(e: TimelineEvent, site: URL | undefined): JsonLd {
  return {
    '@context': 'https://schema.org',
    ...eventNode(e, site),
    description: e.entry.data.summary,
    ...(e.participants.length ? { attendee: e.participants.map((p) => thing({ entry: p, id: p.id }, site)) } : {}),
    ...correctionsJsonLd(e.history, site),
  };
}
