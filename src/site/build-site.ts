import type { ElementContent } from 'hast';
import type { VFileMessage } from 'vfile-message';
import { diffWordsWithSpace } from 'diff';
import { renderArticle, type Annotations, type RenderedArticle } from '../markdown/article-processor.ts';
import type { QuoteAnchor } from '../markdown/rehype-quote-anchors.ts';
import { normalizeText } from '../text/normalize.ts';
import { compareSpans, isoOf } from '../core/dates.ts';
import type { LinkManifest } from '../links/manifest.ts';
import { NOTHING_MOVED, type MovedLinks } from '../links/moved.ts';
import { previewLine } from './preview-line.ts';
import { RESERVED_IDS, timelineTemplateIds } from '../core/template-ids.ts';
import { SITE_PAGES } from '../core/pages.ts';
import { articleUrl, eventUrl, glossaryUrl, paths } from '../core/urls.ts';
import { checkAliasClashes, checkAliasesUsed } from './checks/aliases.ts';
import { checkParagraphSources } from './checks/paragraph-sources.ts';
import { checkParticipants } from './checks/participants.ts';
import { checkQuotedWords, type QuotingEntry } from './checks/quoted-words.ts';
import { groupByKeys } from '../core/group-by-keys.ts';
import { checkReferences, resolves } from './checks/references.ts';
import { checkSpeakers } from './checks/speakers.ts';
import { checkSpellings } from './checks/spellings.ts';
import { checkSiteLinks, type KnownPages, type LinkUse } from './checks/site-links.ts';
import { EVENT_KINDS } from '../core/vocabulary.ts';
import { checkEventPages, checkTimelineIds } from './checks/timeline-ids.ts';
import { checkCorrections } from './checks/corrections.ts';
import { correctionMarks, entryHistory, type EntryHistory } from './entry-history.ts';
import { cachedNote, correctionMark, historyContext, markdownRenderer } from './histories.ts';
import { NO_CACHE, type RenderCache } from './render-cache.ts';
import { insertMarks } from '../markdown/insert-marks.ts';
import { toHtml } from 'hast-util-to-html';
import { openingWords } from '../text/normalize.ts';
import type { Collection } from '../schemas/common.ts';
import type { Entries, Entry, EventEntry, GlossaryEntry, QuoteEntry, RawEntry } from './entries.ts';
import { markdownBody, placeOf, shiftLines, textStartLine } from '../problems/lines.ts';
import { quoteNote } from './quote-note.ts';
import type { Article, Entity, Quote, Rendered, SiteData, TimelineEvent } from './types.ts';
import { validateEntries } from './validate.ts';
import { fragmentRedirects, withdrawnEntries } from './withdrawn.ts';
import { allCorrections, correctionLinks } from './corrections.ts';
import { correctionGroups, correctionRedirects, RECENT_CORRECTIONS } from './correction-groups.ts';

/** What building the site's data gives: the data, and every problem found on the way. */
export interface SiteBuild {
  data: SiteData;
  problems: VFileMessage[];
}

/** A Markdown field of an entry rendered, its problems added to the list. */
type Render = (
  entry: QuoteEntry | EventEntry,
  field: 'context' | 'annotation' | 'summary',
) => Rendered & { marked: string; hast: ElementContent[] };

/**
 * Build the site's data from raw entries, as a pure function: validate every entry
 * against its schema, cross-check the entries, render every Markdown field and every
 * article through the annotation pipeline, and resolve every reference, collecting every
 * problem on the way (a compiler's error list, not the first error). Nothing here reads
 * files or knows about Astro: `src/site/site-data.ts` loads the entries and decides to fail.
 */
export function buildSite(
  raw: readonly RawEntry[],
  options: { published?: LinkManifest; moved?: MovedLinks; cache?: RenderCache } = {},
): SiteBuild {
  const cache = options.cache ?? NO_CACHE;
  const { entries: all, problems, invalid } = validateEntries(raw);
  // Withdrawn entries keep their address (a notice) and their corrections; nothing else uses them.
  const withdrawn = withdrawnEntries(all);
  const entries: Entries = {
    articles: all.articles,
    glossary: all.glossary.filter((e) => !e.data.withdrawn),
    quotes: all.quotes.filter((e) => !e.data.withdrawn),
    timeline: all.timeline.filter((e) => !e.data.withdrawn),
  };
  problems.push(
    ...checkReferences(
      entries,
      invalid,
      new Map(
        withdrawn.map((w) => [
          `${w.collection}/${w.id}`,
          { date: isoOf(w.withdrawn.date), instead: w.withdrawn.instead },
        ]),
      ),
    ),
    ...checkAliasClashes(entries.glossary),
    ...checkSpellings(entries.glossary),
    ...checkSpeakers(entries.quotes, entries.glossary),
    ...checkParticipants(entries.timeline),
    ...checkTimelineIds(entries.timeline),
    ...checkEventPages(all.timeline),
    ...checkCorrections(all),
  );

  // Entries whose references do not all resolve have problems already; leave them out.
  const quoteEntries = entries.quotes.filter((q) => resolves(q, entries));
  const eventEntries = entries.timeline.filter((e) => resolves(e, entries));
  const glossaryById = new Map(entries.glossary.map((e) => [e.id, e]));

  // What every entry's history needs of the site; the article paragraphs it names are
  // known once the articles are rendered (only the diffs of sources name them).
  const paragraphText = new Map<string, string>();
  const site = {
    nameOf: (id: string) => glossaryById.get(id)?.data.name ?? id,
    paragraphWords: (article: string, paragraph: string) =>
      openingWords(paragraphText.get(`${article}#${paragraph}`) ?? paragraph, 8),
    renderMarkdown: markdownRenderer('content', cache),
    wordChanges: (before: string, after: string) =>
      cache.get('word changes', [before, after], () => diffWordsWithSpace(before, after)),
  };
  // Each field's render, and the entry's history, ask for its entry's markers: work them
  // out once per entry.
  const marks = new Map<Entry<Collection>, ReturnType<typeof correctionMarks>>();
  const marksOf = (collection: Collection, entry: Entry<Collection>) => {
    let found = marks.get(entry);
    if (!found) {
      found = correctionMarks(entry.raw, entry.data.corrections, historyContext(collection, entry.id, site));
      marks.set(entry, found);
    }
    return found;
  };
  const historyOf = (collection: Collection, entry: Entry<Collection>) =>
    entryHistory(
      entry.raw,
      entry.data.corrections,
      historyContext(collection, entry.id, site),
      marksOf(collection, entry),
    );

  const linkUses: LinkUse[] = [];
  const render: Render = (entry, field) => {
    const note = cachedNote(
      cache,
      (entry.data as unknown as Record<typeof field, string>)[field],
      entry.file,
      `${entry.id}, ${field}`,
    );
    // The Markdown's line 1 is the field's first line in the YAML file.
    const firstLine = () => textStartLine(entry.source, [field]);
    problems.push(...note.messages.map((m) => shiftLines(m, firstLine() - 1)));
    linkUses.push({ file: entry.file, entry: `${entry.id}, ${field}`, firstLine, links: note.siteLinks });
    // On the entry's own page the words a correction changed carry a marker to it (the
    // article page's notes stay as they are: its weight is budgeted).
    const marks = (marksOf(field === 'summary' ? 'timeline' : 'quotes', entry).text.get(field) ?? []).map((m) => ({
      end: m.end,
      element: correctionMark(m.correction),
    }));
    const marked = marks.length > 0 ? toHtml(insertMarks(note.hast, marks)) : note.html;
    return { html: note.html, text: note.text, marked, hast: note.hast };
  };
  const notes = new Map(
    quoteEntries.map((q) => [q.id, { context: render(q, 'context'), annotation: render(q, 'annotation') }]),
  );
  const summaries = new Map(eventEntries.map((e) => [e.id, render(e, 'summary')]));

  // Each article's quotes, and the words of those that cannot be anchored, found in one
  // pass each: filtered once per article, they grew with the square of the archive.
  const quotesByArticle = groupByKeys(quoteEntries, (q) => [q.data.article.id]);
  const unusable = unusableQuotes(raw, quoteEntries);
  const articles = entries.articles.map((entry): Article => {
    const rendered = cachedArticle(cache, markdownBody(entry.source), entry.file, {
      quotes: (quotesByArticle.get(entry.id) ?? []).map((q) =>
        quoteAnchor(q, glossaryById.get(q.data.speaker.id)!, notes.get(q.id)!),
      ),
      covered: unusable.filter((q) => q.article === undefined || q.article === entry.id).map((q) => q.text),
      targets: entries.glossary.map((e) => ({
        id: e.id,
        aliases: e.data.aliases,
        href: glossaryUrl(e.id),
        preview: previewLine(e.data.name, e.data.role, e.data.description),
      })),
      events: eventEntries.map((e) => ({
        id: e.id,
        title: e.data.title,
        href: eventUrl(e.id),
        paragraphs: paragraphSources(e, entry.id),
      })),
      reserved: RESERVED_IDS,
      page: articleUrl(entry.id),
    });
    problems.push(...rendered.messages);
    linkUses.push({ file: entry.file, entry: entry.id, firstLine: () => 1, links: rendered.siteLinks });
    const { messages: _, siteLinks: __, ...facts } = rendered;
    for (const block of facts.blocks) paragraphText.set(`${entry.id}#${block.id}`, block.text);
    return { entry, slug: entry.id, url: articleUrl(entry.id), ...facts, history: undefined as never };
  });
  for (const article of articles) article.history = historyOf('articles', article.entry);
  // Newest first; the slug breaks ties so every build lists articles in the same order.
  articles.sort(
    (a, b) => b.entry.data.published.getTime() - a.entry.data.published.getTime() || a.slug.localeCompare(b.slug),
  );

  // A withdrawn entry's notice sends readers on to `instead`: that address must exist too.
  for (const w of withdrawn) {
    if (!w.withdrawn.instead) continue;
    const source = raw.find((r) => r.file === w.file)!.source;
    linkUses.push({
      file: w.file,
      entry: `${w.id}, withdrawn.instead`,
      firstLine: () => placeOf(source, ['withdrawn', 'instead']).line,
      links: [{ path: w.withdrawn.instead }],
    });
  }
  problems.push(...checkSiteLinks(linkUses, knownPages(raw, articles, entries.timeline)));
  problems.push(
    ...checkParagraphSources(
      [...quoteEntries, ...eventEntries],
      new Map(articles.map((a) => [a.slug, new Set(a.blocks.map((b) => b.id))])),
    ),
  );
  // Whether an alias is used, or quoted words are in the article, can only be told when
  // every article could be read.
  if (![...invalid].some((key) => key.startsWith('articles/'))) {
    problems.push(
      ...checkAliasesUsed(
        entries.glossary,
        new Set(articles.flatMap((a) => a.mentions.map((m) => normalizeText(m.alias)))),
      ),
      ...checkQuotedWords(
        quotingEntries(
          entries,
          (id) => notes.get(id),
          (id) => summaries.get(id),
        ),
        articles.flatMap((a) => a.blocks.map((b) => b.text)),
      ),
    );
  }

  const articleBySlug = new Map(articles.map((a) => [a.slug, a]));
  const quotes: Quote[] = quoteEntries.flatMap((entry) => {
    const article = articleBySlug.get(entry.data.article.id)!;
    const anchored = article.quotes.find((q) => q.id === entry.id);
    // A quote that could not be anchored has a problem of its own.
    if (!anchored) return [];
    const { context, annotation } = notes.get(entry.id)!;
    return [
      {
        entry,
        id: entry.id,
        article,
        speaker: glossaryById.get(entry.data.speaker.id)!,
        voices: entry.data.voices ? glossaryById.get(entry.data.voices.id) : undefined,
        place: entry.data.said.place ? glossaryById.get(entry.data.said.place.id) : undefined,
        paragraph: anchored.block,
        inContext: `${article.url}#${entry.id}`,
        selector: anchored.selector,
        context: { html: context.html, text: context.text, marked: context.marked },
        annotation: { html: annotation.html, text: annotation.text, marked: annotation.marked },
        history: historyOf('quotes', entry),
      },
    ];
  });
  quotes.sort(byReadingOrder);

  const events: TimelineEvent[] = eventEntries
    .map((entry) => ({
      entry,
      id: entry.id,
      place: entry.data.place ? glossaryById.get(entry.data.place.id) : undefined,
      participants: entry.data.participants.map((p) => glossaryById.get(p.id)!),
      declined: entry.data.declined.map((p) => glossaryById.get(p.id)!),
      paragraphs: entry.data.sources.flatMap((s) =>
        'paragraph' in s && articleBySlug.has(s.article.id)
          ? [
              {
                article: articleBySlug.get(s.article.id)!,
                paragraph: s.paragraph,
                marker: `${s.paragraph}-e-${entry.id}`,
              },
            ]
          : [],
      ),
      summary: {
        html: summaries.get(entry.id)!.html,
        text: summaries.get(entry.id)!.text,
        marked: summaries.get(entry.id)!.marked,
      },
      history: historyOf('timeline', entry),
    }))
    .sort((a, b) => compareSpans(a.entry.data.date, b.entry.data.date) || a.id.localeCompare(b.id));

  // Each entry's mentions, quotes and events, gathered in one pass over each list (not one
  // pass per entry: both grow with the archive).
  const mentionsOf = groupByKeys(
    articles.flatMap((article) => article.mentions.map((m) => ({ ...m, article }))),
    (m) => [m.entry],
  );
  const quotesOf = groupByKeys(quotes, (q) => [q.speaker.id, ...(q.voices ? [q.voices.id] : [])]);
  // Whoever took part, was invited and declined, or is the place: the event is theirs too.
  const eventsOf = groupByKeys(events, (e) =>
    [...e.participants, ...e.declined, ...(e.place ? [e.place] : [])].map((p) => p.id),
  );
  const glossary: Entity[] = entries.glossary
    .map((entry) => ({
      entry,
      id: entry.id,
      mentions: mentionsOf.get(entry.id) ?? [],
      quotes: quotesOf.get(entry.id) ?? [],
      events: eventsOf.get(entry.id) ?? [],
      history: historyOf('glossary', entry),
    }))
    .sort((a, b) => a.entry.data.name.localeCompare(b.entry.data.name) || a.id.localeCompare(b.id));

  const redirects = fragmentRedirects(
    withdrawn,
    options.published ?? {},
    articles.map((a) => a.slug),
    options.moved ?? NOTHING_MOVED,
  );
  const historyByKey = new Map<string, EntryHistory>([
    ...articles.map((a) => [`articles/${a.slug}`, a.history] as const),
    ...quotes.map((q) => [`quotes/${q.id}`, q.history] as const),
    ...glossary.map((g) => [`glossary/${g.id}`, g.history] as const),
    ...events.map((e) => [`timeline/${e.id}`, e.history] as const),
  ]);
  const withdrawnWithHistory = withdrawn.map((w) => {
    const entry = (all[w.collection] as Entry<Collection>[]).find((e) => e.id === w.id)!;
    const history = historyOf(w.collection, entry);
    historyByKey.set(`${w.collection}/${w.id}`, history);
    return { ...w, history };
  });
  const corrections = allCorrections(all).map((c) => ({
    ...c,
    view: historyByKey.get(`${c.entry.collection}/${c.entry.id}`)?.corrections[c.index],
  }));
  const groups = correctionGroups(corrections, new Map(articles.map((a) => [a.slug, a.entry.data.title])));
  // /corrections/ shows the newest in full; links to the others find them on their group's page.
  const shown = new Set(
    correctionLinks(corrections)
      .slice(0, RECENT_CORRECTIONS)
      .map((l) => l.id),
  );
  // Only ids once published there need a way on (the link manifest knows them): the map stays small.
  const published = new Set(options.published?.['/corrections/'] ?? []);
  const moved = Object.fromEntries(
    Object.entries(correctionRedirects(groups, shown)).filter(([id]) => published.has(id)),
  );
  if (Object.keys(moved).length > 0) redirects['/corrections/'] = { ...redirects['/corrections/'], ...moved };
  return {
    data: {
      articles,
      quotes,
      glossary,
      events,
      withdrawn: withdrawnWithHistory,
      corrections,
      correctionGroups: groups,
      fragmentRedirects: redirects,
    },
    problems,
  };
}

/**
 * The site's pages as site paths, with the fragment ids each is known to have (`null`:
 * any, for pages whose ids come from the template), so content links can be checked.
 * Entries with problems of their own count as there, so one mistake is reported once.
 */
function knownPages(raw: readonly RawEntry[], articles: readonly Article[], events: readonly EventEntry[]): KnownPages {
  const ids = (collection: string) => raw.filter((r) => r.collection === collection).map((r) => r.id);
  const pages = new Map<string, Set<string> | null>();
  for (const path of SITE_PAGES) pages.set(path, null);
  for (const kind of EVENT_KINDS) pages.set(`/timeline/${kind}/`, null);
  // Every event's id (a valid one or not), and the template's ids: year markers and more.
  const years = events.map((e) => ({ id: e.id, year: e.data.date.start.year }));
  pages.set('/timeline/', new Set([...ids('timeline'), ...timelineTemplateIds(years)]));
  for (const a of articles) pages.set(paths.article(a.slug), new Set([...a.ids, ...RESERVED_IDS]));
  for (const slug of ids('articles')) if (!pages.has(paths.article(slug))) pages.set(paths.article(slug), null);
  for (const id of ids('quotes')) pages.set(paths.quote(id), null);
  for (const id of ids('glossary')) pages.set(paths.glossaryEntry(id), null);
  for (const id of ids('timeline')) if (!pages.has(paths.eventPage(id))) pages.set(paths.eventPage(id), null);
  return pages;
}

/**
 * An article through the annotation pipeline, or from the cache when the same text, file
 * and annotations were rendered before without problems. The inputs are named field by
 * field: a quote's `place` is left out (it only places a problem, and a result with
 * problems is not kept), and a new annotation must be added here to type-check.
 */
function cachedArticle(cache: RenderCache, markdown: string, file: string, annotations: Annotations): RenderedArticle {
  const { quotes = [], covered, targets, events, reserved, page } = annotations;
  const inputs = {
    // Named one by one: a rest pattern would read `place`, which parses the file's YAML.
    quotes: quotes.map(
      ({ id, file, text, prefix, suffix, speaker, note }) =>
        ({ id, file, text, prefix, suffix, speaker, note }) satisfies Record<
          Exclude<keyof QuoteAnchor, 'place'>,
          unknown
        >,
    ),
    covered,
    targets,
    events,
    reserved,
    page,
  } satisfies Record<keyof Annotations, unknown>;
  return cache.get(
    'article',
    [markdown, file, inputs],
    () => renderArticle(markdown, file, annotations),
    (a) => a.messages.length === 0,
  );
}

/** What anchoring needs of a quote entry, its note built from the rendered fields. */
function quoteAnchor(
  q: QuoteEntry,
  speaker: GlossaryEntry,
  note: { context: { hast: ElementContent[] }; annotation: { hast: ElementContent[] } },
): QuoteAnchor {
  return {
    id: q.id,
    file: q.file,
    // Read only for a problem: placing it parses the file's YAML.
    get place() {
      return placeOf(q.source, ['text']);
    },
    text: q.data.text,
    prefix: q.data.prefix,
    suffix: q.data.suffix,
    speaker: q.data.speaker.id,
    note: quoteNote(q, speaker, note.context.hast, note.annotation.hast),
  };
}

/**
 * The quote entries that cannot be anchored (invalid, or with a reference to nowhere), with
 * their words and the article they name, if any: their quotations still count as covered
 * in that article (in every article, when they name none), so one mistake is not reported
 * twice.
 */
function unusableQuotes(
  raw: readonly RawEntry[],
  usable: readonly QuoteEntry[],
): { text: string; article?: unknown }[] {
  const ok = new Set(usable.map((q) => q.id));
  return raw.flatMap((r) => {
    if (r.collection !== 'quotes' || ok.has(r.id)) return [];
    const data = r.data as { text?: unknown; article?: unknown } | undefined;
    return typeof data?.text === 'string' ? [{ text: data.text, article: data.article }] : [];
  });
}

/** Quotes in the order a reader meets them: by article (newest first), then by position. */
function byReadingOrder(a: Quote, b: Quote): number {
  if (a.article !== b.article)
    return (
      b.article.entry.data.published.getTime() - a.article.entry.data.published.getTime() ||
      a.article.slug.localeCompare(b.article.slug)
    );
  return a.article.quotes.findIndex((q) => q.id === a.id) - b.article.quotes.findIndex((q) => q.id === b.id);
}

/** The excerpts (and translations) of an entry's public-record sources. */
function excerptsOf(sources: readonly ({ excerpt?: string; translation?: string } | object)[]): string[] {
  return sources.flatMap((s) => ('excerpt' in s ? [s.excerpt!, ...(s.translation ? [s.translation] : [])] : []));
}

/**
 * Every text of ours the quoted-words rule applies to, entry by entry: Markdown fields as
 * the words a reader sees (links reduced to their text). Corrections and withdrawal
 * notices are exempt: they quote our own earlier wording.
 */
function quotingEntries(
  entries: Entries,
  notesOf: (id: string) => { context: Rendered; annotation: Rendered } | undefined,
  summaryOf: (id: string) => Rendered | undefined,
): QuotingEntry[] {
  const out: QuotingEntry[] = [];
  const add = (
    e: { id: string; file: string; source: string },
    texts: [(string | number)[], string | undefined][],
    sources: readonly object[],
  ) =>
    out.push({
      id: e.id,
      file: e.file,
      source: e.source,
      excerpts: excerptsOf(sources),
      texts: texts.flatMap(([path, text]) => (text ? [{ path, text }] : [])),
    });
  for (const a of entries.articles) add(a, [[['dek'], a.data.dek]], []);
  for (const g of entries.glossary)
    add(
      g,
      [
        [['role'], g.data.role],
        [['description'], g.data.description],
      ],
      g.data.sources,
    );
  for (const q of entries.quotes) {
    const notes = notesOf(q.id);
    const { original, notFound } = q.data.spoken;
    add(
      q,
      [
        [['said', 'where'], q.data.said.where],
        [['said', 'dateNote'], q.data.said.dateNote],
        [['spoken', 'original', 'note'], original?.note],
        [['spoken', 'notFound'], notFound],
        [['context'], notes?.context.text],
        [['annotation'], notes?.annotation.text],
      ],
      // The record of the original words is evidence for every note of the quote.
      original ? [...q.data.sources, original.source] : q.data.sources,
    );
  }
  for (const e of entries.timeline) {
    add(
      e,
      [
        [['title'], e.data.title],
        [['venue'], e.data.venue],
        [['dateNote'], e.data.dateNote],
        [['summary'], summaryOf(e.id)?.text],
      ],
      e.data.sources,
    );
  }
  return out;
}

/** The ids of the paragraphs of one article that an event cites. */
function paragraphSources(event: EventEntry, article: string): string[] {
  return event.data.sources.flatMap((s) => ('paragraph' in s && s.article.id === article ? [s.paragraph] : []));
}

export type { Entries };
