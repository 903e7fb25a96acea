import type { Entity, Quote, SiteData, TimelineEvent } from '../site/types.ts';
import type { GlossaryEntry } from '../site/entries.ts';
import { accessedDate, quotePermalink } from '../citations/csl.ts';
import { formatDateSpan, isoOf, type DateSpan } from '../core/dates.ts';
import { dataFilePath } from '../core/pages.ts';
import { SITE_NAME } from '../core/site.ts';
import { absoluteLinks, absoluteUrl, articleUrl, eventUrl, glossaryUrl, quoteUrl, withBase } from '../core/urls.ts';
import { DATA_FILES, type DataFile, type GlossaryRecord, type QuoteRecord, type TimelineRecord } from './schemas.ts';

/**
 * One file of the site's data as published in `/data/` (`quotes`, `glossary` or
 * `timeline`): every field a reader sees on the quote, glossary and timeline pages, with
 * stable ids and absolute URLs, checked against its schema in ./schemas.ts as it is built.
 * Only the file asked for is built: each of the three routes once built and checked all
 * three, which at 1,000 articles made and checked the records of the 122 MB quotes file
 * three times, and held the three routes' records in memory at once.
 */

type Source = QuoteRecord['sources'][number];
type RawSource = Quote['entry']['data']['sources'][number];

export function dataFile<N extends DataFile>(data: SiteData, site: URL | undefined, name: N) {
  const abs = (address: string) => absoluteUrl(address, site);
  // Links in our Markdown are site addresses; published data carries them whole.
  const rendered = (r: { html: string; text: string }) => ({ html: absoluteLinks(r.html, site), text: r.text });
  const ref = (g: GlossaryEntry) => ({ id: g.id, name: g.data.name, url: abs(glossaryUrl(g.id)) });
  const date = (span: DateSpan) => ({ iso: span.iso, text: formatDateSpan(span) });
  const corrections = (list: readonly { date: Parameters<typeof isoOf>[0]; what: string; why: string }[]) =>
    list.map((c) => ({ date: isoOf(c.date), what: c.what, why: c.why }));
  const source = (s: RawSource): Source =>
    'paragraph' in s
      ? {
          kind: 'article-paragraph',
          article: s.article.id,
          paragraph: s.paragraph,
          url: abs(`${articleUrl(s.article.id)}#${s.paragraph}`),
        }
      : {
          kind: 'public-record',
          title: s.title,
          ...(s.untitled ? { untitled: true } : {}),
          ...(s.publisher ? { publisher: s.publisher } : {}),
          ...(s.published ? { published: date(s.published) } : {}),
          url: s.url,
          excerpt: s.excerpt,
          ...(s.language ? { language: s.language } : {}),
          ...(s.translation ? { translation: s.translation } : {}),
          checked: isoOf(s.checked),
          ...(s.archived ? { archived: s.archived } : {}),
        };
  const sources = (list: readonly RawSource[]): Source[] => list.map(source);

  const spoken = ({ language, original, notFound }: Quote['entry']['data']['spoken']): QuoteRecord['spoken'] => ({
    language,
    ...(original
      ? {
          original: {
            text: original.text,
            language,
            covers: original.covers,
            gloss: original.gloss,
            ...(original.note ? { note: original.note } : {}),
            source: source(original.source) as Extract<Source, { kind: 'public-record' }>,
          },
        }
      : {}),
    ...(notFound ? { notFound } : {}),
  });

  const quote = (q: Quote): QuoteRecord => {
    const said = q.entry.data.said;
    return {
      id: q.id,
      url: abs(quoteUrl(q.id)),
      inContext: quotePermalink(q, site),
      text: q.entry.data.text,
      selector: {
        type: 'TextQuoteSelector',
        exact: q.selector.exact,
        prefix: q.selector.prefix ?? '',
        suffix: q.selector.suffix ?? '',
      },
      speaker: ref(q.speaker),
      ...(q.voices ? { voices: ref(q.voices) } : {}),
      said: {
        date: date(said.date),
        ...(said.dateNote ? { dateNote: said.dateNote } : {}),
        occasion: said.occasion,
        ...(said.where ? { where: said.where } : {}),
        ...(q.place ? { place: ref(q.place) } : {}),
      },
      spoken: spoken(q.entry.data.spoken),
      article: { id: q.article.slug, title: q.article.entry.data.title, url: abs(q.article.url) },
      paragraph: { id: q.paragraph, url: abs(`${q.article.url}#${q.paragraph}`) },
      context: rendered(q.context),
      annotation: rendered(q.annotation),
      sources: sources(q.entry.data.sources),
      featured: q.entry.data.featured,
      corrections: corrections(q.entry.data.corrections),
    };
  };

  const person = (p: Entity): GlossaryRecord => ({
    id: p.id,
    url: abs(glossaryUrl(p.id)),
    name: p.entry.data.name,
    kind: p.entry.data.kind,
    aliases: p.entry.data.aliases,
    ...(p.entry.data.role ? { role: p.entry.data.role } : {}),
    description: p.entry.data.description,
    sources: sources(p.entry.data.sources),
    mentions: p.mentions.map((m) => ({
      id: m.id,
      url: abs(`${m.article.url}#${m.id}`),
      article: m.article.slug,
      text: `${m.snippet.before}${m.snippet.match}${m.snippet.after}`,
    })),
    quotes: p.quotes.map((q) => ({ id: q.id, url: abs(quoteUrl(q.id)) })),
    events: p.events.map((e) => ({ id: e.id, url: abs(eventUrl(e.id)) })),
    corrections: corrections(p.entry.data.corrections),
  });

  const event = (e: TimelineEvent): TimelineRecord => ({
    id: e.id,
    url: abs(eventUrl(e.id)),
    date: date(e.entry.data.date),
    ...(e.entry.data.dateNote ? { dateNote: e.entry.data.dateNote } : {}),
    title: e.entry.data.title,
    kind: e.entry.data.kind,
    status: e.entry.data.status,
    ...(e.place ? { place: ref(e.place) } : {}),
    ...(e.entry.data.venue ? { venue: e.entry.data.venue } : {}),
    participants: e.participants.map(ref),
    declined: e.declined.map(ref),
    summary: rendered(e.summary),
    sources: sources(e.entry.data.sources),
    corrections: corrections(e.entry.data.corrections),
  });

  const updated = isoOf(accessedDate(data));
  const wrap = <T>(name: DataFile, title: string, items: T[]) => ({
    $schema: abs(withBase(dataFilePath(`${name}.schema`))),
    title,
    site: abs(withBase('/')),
    updated,
    items,
  });
  const files = {
    quotes: () => wrap('quotes', `${SITE_NAME}: every annotated quote`, data.quotes.map(quote)),
    glossary: () =>
      wrap('glossary', `${SITE_NAME}: every person, place and organisation named`, data.glossary.map(person)),
    timeline: () =>
      wrap('timeline', `${SITE_NAME}: the timeline of meetings and turning points`, data.events.map(event)),
  } satisfies Record<DataFile, () => unknown>;
  const value = files[name]() as ReturnType<(typeof files)[N]>;
  // Checked at the door: a field out of shape fails the build, naming the file and the path.
  const result = DATA_FILES[name].safeParse(value);
  if (!result.success)
    throw new Error(
      `/data/${name}.json does not match its schema: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return value;
}
