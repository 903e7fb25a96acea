import type { SiteData } from '../site/site-data.ts';
import type { ShareCard } from './share-card-image.ts';
import { formatDateSpan } from '../core/dates.ts';
import { EVENT_KIND_LABELS, EVENT_KINDS, GLOSSARY_KIND_LABELS } from '../core/vocabulary.ts';
import { SITE_NAME } from '../core/site.ts';
import { paths, sitePath } from '../core/urls.ts';

/** The share card image of a page: `/og/<page path>.png`, `/og/index.png` for the front page. */
export function shareCardPath(pagePath: string): string {
  const clean = pagePath.replace(/\.html$/, '').replace(/^\/|\/$/g, '');
  return `/og/${clean || 'index'}.png`;
}

/** One card for every page the site publishes, keyed by the page's path. */
export function shareCards(data: SiteData): Map<string, ShareCard> {
  const cards = new Map<string, ShareCard>();
  const article = data.articles[0];
  cards.set('/', {
    kicker: 'An annotated edition',
    title: article?.entry.data.title ?? SITE_NAME,
    meta: 'Quotes explained · people and places · timeline · search',
  });
  for (const a of data.articles) {
    const d = a.entry.data;
    cards.set(paths.article(a.slug), {
      kicker: 'Annotated analysis',
      title: d.title,
      meta: `${d.authors.map((x) => x.name).join(' and ')} · ${d.publisher}`,
    });
  }
  for (const q of data.quotes) {
    const d = q.entry.data;
    cards.set(`/quotes/${q.id}/`, {
      kicker: 'Quote',
      title: `“${d.text}”`,
      meta: `${q.speaker.data.name} · ${formatDateSpan(d.said.date)}`,
    });
  }
  for (const p of data.glossary) {
    const d = p.entry.data;
    cards.set(`/glossary/${p.id}/`, {
      kicker: GLOSSARY_KIND_LABELS[d.kind].singular,
      title: d.name,
      meta: d.role ?? `${p.mentions.length} mentions in the article`,
    });
  }
  cards.set('/quotes/', {
    kicker: 'Quotes',
    title: `Every quotation in the article, explained`,
    meta: `${data.quotes.length} quotes with context, meaning and sources`,
  });
  cards.set('/glossary/', {
    kicker: 'People, places and organizations',
    title: 'Who and what the article names',
    meta: `${data.glossary.length} entries, every mention linked`,
  });
  const span = data.events.length
    ? `${data.events[0]!.entry.data.date.start.year}–${data.events.at(-1)!.entry.data.date.start.year}`
    : '';
  cards.set('/timeline/', {
    kicker: 'Timeline',
    title: 'The meetings and turning points behind the story',
    meta: `${data.events.length} events, ${span}`,
  });
  for (const kind of EVENT_KINDS) {
    const n = data.events.filter((e) => e.entry.data.kind === kind).length;
    if (n > 0)
      cards.set(`/timeline/${kind}/`, {
        kicker: 'Timeline',
        title: EVENT_KIND_LABELS[kind].plural,
        meta: `${n} ${n === 1 ? 'event' : 'events'}`,
      });
  }
  for (const e of data.events) {
    const d = e.entry.data;
    cards.set(paths.eventPage(e.id), {
      kicker: `Timeline · ${EVENT_KIND_LABELS[d.kind].singular}`,
      title: d.title,
      meta: [formatDateSpan(d.date), e.place?.data.name].filter(Boolean).join(' · '),
    });
  }
  for (const w of data.withdrawn) {
    // A withdrawn event's notice is on its own page (and in its place on the timeline).
    const page = w.collection === 'timeline' ? paths.eventPage(w.id) : (sitePath(w.url) ?? w.url);
    cards.set(page, {
      kicker: 'Withdrawn',
      title: w.name,
      meta: 'This entry was withdrawn; the page says why',
    });
  }
  cards.set('/corrections/policy/', {
    kicker: 'Corrections',
    title: 'How we correct',
    meta: 'Reporting an error · corrections, clarifications, withdrawals · translations and sources',
  });
  cards.set('/corrections/', {
    kicker: 'Corrections',
    title: 'Every correction to this edition',
    meta: `${data.corrections.length} corrections, newest first`,
  });
  cards.set('/data/', {
    kicker: 'Open data',
    title: 'Quotes, glossary, timeline, citations and annotations to reuse',
    meta: 'JSON with JSON Schemas · CSL-JSON · W3C Web Annotations',
  });
  cards.set('/search/', {
    kicker: 'Search',
    title: 'Search quotes, names, events and the article',
    meta: 'Share a search by its address',
  });
  cards.set('/404.html', {
    kicker: 'Not found',
    title: 'This page is not here',
    meta: 'Try the front page, the quotes or the timeline',
  });
  return cards;
}
