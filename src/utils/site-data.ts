import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Element } from 'hast';
import { renderArticle, type RenderedArticle } from './render-article.ts';
import { checkAliasClashes, checkAliasesUsed, checkParagraphs, checkReferences, checkUniqueIds, TEMPLATE_IDS, type ParagraphUse, type RefUse } from './content-checks.ts';
import { quoteNote } from './quote-note.ts';
import { firstWords, normalizeText } from './text.ts';
import { articleUrl, eventUrl, glossaryUrl } from './urls.ts';
import type { Mention } from '../integrations/rehype-mentions.ts';
import { compareSpans } from './dates.ts';
import { previewLine } from './glossary.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;
export type QuoteEntry = CollectionEntry<'quotes'>;
export type EventEntry = CollectionEntry<'timeline'>;

export interface Article extends RenderedArticle {
  entry: ArticleEntry;
  slug: string;
  url: string;
}

/** A quote with everything its pages need. */
export interface Quote {
  entry: QuoteEntry;
  id: string;
  article: Article;
  speaker: GlossaryEntry;
  voices?: GlossaryEntry;
  place?: GlossaryEntry;
  /** The paragraph that holds it. */
  paragraph: string;
  /** Link to the quote's exact spot in the article. */
  inContext: string;
}

/** A timeline event with its references resolved. */
export interface TimelineEvent {
  entry: EventEntry;
  id: string;
  place?: GlossaryEntry;
  participants: GlossaryEntry[];
  /** The article paragraphs it cites, as links to them and back from the event marker. */
  paragraphs: { article: Article; paragraph: string; marker: string }[];
}

/** A glossary entry with everything that points at it. */
export interface Person {
  entry: GlossaryEntry;
  id: string;
  mentions: (Mention & { article: Article })[];
  quotes: Quote[];
  events: TimelineEvent[];
}

export interface SiteData {
  articles: Article[];
  quotes: Quote[];
  glossary: Person[];
  events: TimelineEvent[];
}

const fileOf = (entry: { id: string; filePath?: string }, collection: string) =>
  entry.filePath ?? `content/${collection}/${entry.id}`;

let cache: Promise<SiteData> | undefined;

/**
 * Load, cross-check and render all content once per build. Every page reads from this, so
 * the annotation plugins run once per article and every cross-reference is checked once:
 * anything wrong throws a ContentError that stops the build.
 */
export function getSiteData(): Promise<SiteData> {
  cache ??= loadSiteData();
  return cache;
}

async function loadSiteData(): Promise<SiteData> {
  const [articleEntries, glossaryEntries, quoteEntries, eventEntries] = await Promise.all([
    getCollection('articles'),
    getCollection('glossary'),
    getCollection('quotes'),
    getCollection('timeline'),
  ]);

  checkReferences(referenceUses(quoteEntries, eventEntries), {
    articles: new Set(articleEntries.map((e) => e.id)),
    glossary: new Set(glossaryEntries.map((e) => e.id)),
  });
  const owners = glossaryEntries.map((e) => ({ id: e.id, file: fileOf(e, 'glossary'), aliases: e.data.aliases }));
  checkAliasClashes(owners);

  const glossaryById = new Map(glossaryEntries.map((e) => [e.id, e]));
  const targets = glossaryEntries.map((e) => ({
    id: e.id,
    aliases: e.data.aliases,
    href: glossaryUrl(e.id),
    preview: previewLine(e.data.name, e.data.role, e.data.description),
  }));

  const articles = await Promise.all(
    articleEntries.map(async (entry): Promise<Article> => {
      const quotes = quoteEntries.filter((q) => q.data.article.id === entry.id);
      const rendered = await renderArticle(markdownOf(entry), fileOf(entry, 'articles'), {
        quotes: quotes.map((q) => ({
          id: q.id,
          file: fileOf(q, 'quotes'),
          text: q.data.text,
          prefix: q.data.prefix,
          suffix: q.data.suffix,
          speaker: q.data.speaker.id,
          note: quoteNote(q, glossaryById.get(q.data.speaker.id)!, fileOf(q, 'quotes')) as Element,
        })),
        targets,
        events: eventEntries.map((e) => ({
          id: e.id,
          title: e.data.title,
          href: eventUrl(e.id),
          paragraphs: paragraphSources(e.data.sources, entry.id),
        })),
      });
      checkUniqueIds(rendered.html, fileOf(entry, 'articles'), articleUrl(entry.id));
      return { entry, slug: entry.id, url: articleUrl(entry.id), ...rendered };
    }),
  );
  // Newest first; the slug breaks ties so every build lists articles in the same order.
  articles.sort((a, b) => b.entry.data.published.getTime() - a.entry.data.published.getTime() || a.slug.localeCompare(b.slug));

  checkAliasesUsed(owners, new Set(articles.flatMap((a) => a.mentions.map((m) => normalizeText(m.alias)))));
  checkParagraphs(paragraphUses(quoteEntries, eventEntries), new Map(articles.map((a) => [a.slug, new Set(a.paragraphs.map((p) => p.id))])));

  const articleBySlug = new Map(articles.map((a) => [a.slug, a]));
  const quotes: Quote[] = quoteEntries
    .map((entry) => {
      const article = articleBySlug.get(entry.data.article.id)!;
      const anchored = article.quotes.find((q) => q.id === entry.id)!;
      return {
        entry,
        id: entry.id,
        article,
        speaker: glossaryById.get(entry.data.speaker.id)!,
        voices: entry.data.voices ? glossaryById.get(entry.data.voices.id) : undefined,
        place: entry.data.said.place ? glossaryById.get(entry.data.said.place.id) : undefined,
        paragraph: anchored.paragraph,
        inContext: `${article.url}#${entry.id}`,
      };
    })
    .sort(byReadingOrder);

  checkUniqueIds(
    eventEntries.map((e) => ` id="${e.id}"`).join(''),
    'content/timeline/',
    '/timeline/',
    [...TEMPLATE_IDS, ...eventEntries.map((e) => `year-${e.data.date.start.year}`)],
  );
  const events: TimelineEvent[] = eventEntries
    .map((entry) => ({
      entry,
      id: entry.id,
      place: entry.data.place ? glossaryById.get(entry.data.place.id) : undefined,
      participants: entry.data.participants.map((p) => glossaryById.get(p.id)!),
      paragraphs: entry.data.sources.flatMap((s) =>
        'paragraph' in s ? [{ article: articleBySlug.get(s.article.id)!, paragraph: s.paragraph, marker: `${s.paragraph}-e-${entry.id}` }] : [],
      ),
    }))
    .sort((a, b) => compareSpans(a.entry.data.date, b.entry.data.date) || a.id.localeCompare(b.id));

  const glossary: Person[] = glossaryEntries
    .map((entry) => ({
      entry,
      id: entry.id,
      mentions: articles.flatMap((article) => article.mentions.filter((m) => m.entry === entry.id).map((m) => ({ ...m, article }))),
      quotes: quotes.filter((q) => q.speaker.id === entry.id || q.voices?.id === entry.id),
      events: events.filter((e) => e.participants.some((p) => p.id === entry.id) || e.place?.id === entry.id),
    }))
    .sort((a, b) => a.entry.data.name.localeCompare(b.entry.data.name) || a.id.localeCompare(b.id));

  return { articles, quotes, glossary, events };
}

/** Quotes in the order a reader meets them: by article (newest first), then by position. */
function byReadingOrder(a: Quote, b: Quote): number {
  if (a.article !== b.article) return b.article.entry.data.published.getTime() - a.article.entry.data.published.getTime();
  return a.article.quotes.findIndex((q) => q.id === a.id) - b.article.quotes.findIndex((q) => q.id === b.id);
}

/** The ids of the paragraphs of one article that a list of sources cites. */
function paragraphSources(sources: EventEntry['data']['sources'], article: string): string[] {
  return sources.flatMap((s) => ('paragraph' in s && s.article.id === article ? [s.paragraph] : []));
}

/** Every cross-collection reference in quotes and events, for checking. */
function referenceUses(quotes: QuoteEntry[], events: EventEntry[]): RefUse[] {
  const uses: RefUse[] = [];
  const add = (entry: { id: string; filePath?: string }, collection: string, field: string, ref: { collection: string; id: string } | undefined) => {
    if (ref) uses.push({ file: fileOf(entry, collection), entry: entry.id, field, collection: ref.collection, id: ref.id });
  };
  for (const q of quotes) {
    add(q, 'quotes', 'article', q.data.article);
    add(q, 'quotes', 'speaker', q.data.speaker);
    add(q, 'quotes', 'voices', q.data.voices);
    add(q, 'quotes', 'said.place', q.data.said.place);
    q.data.sources.forEach((s, i) => 'article' in s && add(q, 'quotes', `sources[${i}].article`, s.article));
  }
  for (const e of events) {
    add(e, 'timeline', 'place', e.data.place);
    e.data.participants.forEach((p, i) => add(e, 'timeline', `participants[${i}]`, p));
    e.data.sources.forEach((s, i) => 'article' in s && add(e, 'timeline', `sources[${i}].article`, s.article));
  }
  return uses;
}

/** Every article paragraph that quotes and events cite, for checking. */
function paragraphUses(quotes: QuoteEntry[], events: EventEntry[]): ParagraphUse[] {
  const list = (entries: (QuoteEntry | EventEntry)[], collection: string) =>
    entries.flatMap((e) =>
      e.data.sources.flatMap((s) => ('paragraph' in s ? [{ file: fileOf(e, collection), entry: e.id, article: s.article.id, paragraph: s.paragraph }] : [])),
    );
  return [...list(quotes, 'quotes'), ...list(events, 'timeline')];
}

/** The opening words of an article paragraph, to name it in a link. */
export function paragraphExcerpt(article: Article, paragraph: string, words = 8): string {
  const text = article.paragraphs.find((p) => p.id === paragraph)?.text ?? paragraph;
  return `“${firstWords(text.replace(/^[\s“”"]+/, ''), words)}”`;
}

/**
 * An article's Markdown with its frontmatter blanked out rather than removed, so the line
 * numbers in content errors are the line numbers an editor sees in the file.
 */
function markdownOf(entry: ArticleEntry): string {
  if (!entry.filePath) return entry.body ?? '';
  const raw = readFileSync(entry.filePath, 'utf8');
  return raw.replace(/^---\r?\n[\s\S]*?\r?\n---(?=\r?\n)/, (fm) => fm.replace(/[^\n]/g, ''));
}

