/**
 * Search, loaded only when a reader starts searching: Pagefind's API over our records,
 * results as a list of links to the exact paragraph, quote, entry or event, with the
 * searched words highlighted on arrival. A query that names something (a name, an alias,
 * a spelling, a quote's words, an event's title) puts it first (src/search/ranking.ts).
 * Everything from the URL or the index is shown as text, never as HTML.
 */

import { didYouMean, expandQuery, type SpellingTable } from '../search/spellings.ts';
import {
  BET_FIELD,
  betKey,
  betMatch,
  nameWords,
  OPENING_WORDS,
  rankResults,
  type BetMatch,
} from '../search/ranking.ts';
import { pagefindQuery } from '../search/query.ts';
import {
  ARCHIVED_FILTER,
  archivedBet,
  partCounts,
  partsToShow,
  sameSpot,
  type Chosen,
  type Anchor,
  type FoundPart,
  type SubResult,
} from '../search/archived-parts.ts';
import { fold } from '../text/normalize.ts';
import { quoteUrl, withBase } from '../core/urls.ts';
import { SEARCH_KIND_LABELS, type SearchKind } from '../core/vocabulary.ts';

/** A result's data (its fragment); see src/search/records.ts for what is where. */
interface PagefindResult {
  url: string;
  excerpt: string;
  content: string;
  meta: { title?: string; context?: string; bet?: string };
  filters: { kind?: string[]; article?: string[]; date?: string[]; [ARCHIVED_FILTER]?: string[] };
  /** An earlier article's parts that hold the words asked for, and all its parts (src/search/archived-parts.ts). */
  sub_results?: SubResult[];
  anchors?: Anchor[];
}
interface Hit {
  id: string;
  score: number;
  data(): Promise<PagefindResult>;
}
type Filters = Record<string, string>;
interface Search {
  results: Hit[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, o?: { filters?: Record<string, string[]> }): Promise<void>;
  search(term: string | null, o?: { filters?: Filters }): Promise<Search | null>;
}

/**
 * Results fetched and shown at once (on the search page; the header's dialog, smaller,
 * shows half as many); “More results” fetches the next as many. Only shown results cost a
 * download: each is a fragment of its own.
 */
export const PAGE_SIZE = 10;

/** At most this many best bets lead the results (the same words said twice are two). */
const MAX_BETS = 3;

let pagefind: Promise<Pagefind | undefined> | undefined;
let spellings: Promise<SpellingTable> | undefined;
let facets: Promise<boolean> | undefined;
let facetsLoaded = false;

/**
 * Load Pagefind once (its code, index metadata and WebAssembly); undefined when there is
 * no index (as in `astro dev`). Pagefind searches in its web worker: unpacking and
 * compiling its WebAssembly and index on the page's own thread (its noWorker option) saves
 * the worker's 12 KB but blocks the page for a moment, which cost /search/?q=Putin its
 * Lighthouse 100 (LCP 1.7 s → 2.9 s, with 4× CPU throttling).
 */
function loadPagefind(): Promise<Pagefind | undefined> {
  pagefind ??= import(/* @vite-ignore */ withBase('/pagefind/pagefind.js'))
    .then(async (pf: Pagefind) => {
      // The names in `bet` find what they name (best bets) and never rank anything.
      await pf.options({ excerptLength: 24, ranking: { metaWeights: { [BET_FIELD]: 0 } } });
      await pf.init();
      return pf;
    })
    .catch(() => undefined);
  return pagefind;
}

/**
 * The filter index of the two facets, for the counts beside each kind and person: loaded
 * after the first results are shown, so they never wait for it (their room is kept, so
 * nothing moves). Only those two: the other filters (an article, a date) are only shown,
 * and come with each result. Asking for no value of a filter loads its index.
 */
function loadFacets(pf: Pagefind, query: string): Promise<boolean> {
  facets ??= pf.preload(query, { filters: { kind: [], person: [] } }).then(
    () => (facetsLoaded = true),
    () => false,
  );
  return facets;
}

/** The other spellings of names (src/pages/search-spellings.json.ts), loaded with the index. */
function loadSpellings(): Promise<SpellingTable> {
  spellings ??= fetch(withBase('/search-spellings.json'))
    .then((r) => (r.ok ? (r.json() as Promise<SpellingTable>) : { variants: [], words: [] }))
    .catch(() => ({ variants: [], words: [] }));
  return spellings;
}

/**
 * Start loading what a search needs, once the reader is about to search (the field has
 * focus) and, with the first letters, the part of the index they will need.
 */
async function warm(term = ''): Promise<void> {
  const [pf, table] = await Promise.all([loadPagefind(), loadSpellings()]);
  const query = pagefindQuery(expandQuery(term.trim(), table).query);
  if (pf && query) await pf.preload(query).catch(() => undefined);
}

/** A best bet: a result the query names, and how; for an earlier article, the quote of it named, if one is. */
interface FoundBet {
  hit: Hit;
  match: BetMatch;
  quote?: FoundPart;
}

/** True for an earlier article, indexed as one page with its parts as sub-results. */
const isArchived = (result: PagefindResult) => (result.filters[ARCHIVED_FILTER]?.length ?? 0) > 0;

/**
 * What the query may name (src/search/ranking.ts): records with the query as one of their
 * names, looked up as one exact word, and quotes whose words it opens. Within the filters
 * chosen, like every other result. Only candidates: `confirmBets` reads their names.
 */
async function betCandidates(pf: Pagefind, query: string, filters: Filters): Promise<Hit[]> {
  const key = betKey(query);
  if (!key) return [];
  const lookups = [pf.search(`"${key}"`, { filters })];
  if (nameWords(query).length >= OPENING_WORDS && (filters.kind ?? 'quote') === 'quote')
    lookups.push(pf.search(key, { filters: { ...filters, kind: 'quote' } }));
  // A match on `bet` alone scores its weight, 0. A hit that scores more matched words of
  // the text instead: Pagefind answers a word nothing begins with by a shorter indexed word
  // it begins with (`theǂfactǂthatǂ` by `the`), and that is no name; it is not fetched.
  return [
    ...new Map(
      (await Promise.all(lookups))
        .flatMap((s) => s?.results.filter((h) => h.score === 0).slice(0, MAX_BETS) ?? [])
        .map((h) => [h.id, h]),
    ).values(),
  ];
}

/**
 * The candidates that the query names, by their names (`dataOf`: a result's data), and how;
 * within the filters chosen, which Pagefind applied to an earlier article as a whole.
 */
async function confirmBets(
  query: string,
  hits: Hit[],
  dataOf: (id: string) => Promise<PagefindResult>,
  chosen: Chosen,
): Promise<FoundBet[]> {
  const data = await Promise.all(hits.map((h) => dataOf(h.id)));
  return hits.flatMap((hit, i): FoundBet[] => {
    const d = data[i]!;
    if (isArchived(d)) {
      const bet = archivedBet(query, { url: d.url, title: d.meta.title ?? '', anchors: d.anchors ?? [] }, chosen);
      return bet ? [{ hit, ...bet }] : [];
    }
    const match = betMatch(query, d.meta.bet ?? '', { openings: d.filters.kind?.includes('quote') ?? false });
    return match ? [{ hit, match }] : [];
  });
}

/** The words of a query, for the destination page's highlighting. */
export function queryTerms(query: string): string[] {
  return query
    .replace(/["“”]/g, ' ')
    .split(/\s+/)
    .map((w) => w.trim())
    .filter((w) => w.length > 1);
}

/** A result's address with the highlight parameter before the fragment. */
export function withHighlight(url: string, terms: string[]): string {
  if (terms.length === 0) return url;
  const [path, hash] = url.split('#');
  const params = new URLSearchParams();
  for (const t of terms) params.append('pagefind-highlight', t);
  return `${path}?${params}${hash ? `#${hash}` : ''}`;
}

/** An excerpt's text with only Pagefind's <mark> kept, built as DOM nodes (never innerHTML). */
function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  return [...doc.body.firstChild!.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** What kind of thing a result is, as its first line names it. */
function kindLabel(result: PagefindResult): string {
  const kind = result.filters.kind?.[0] as SearchKind | undefined;
  if (kind === 'section' && !result.url.includes('#')) return 'Article';
  return (kind && SEARCH_KIND_LABELS[kind]?.singular) ?? 'Result';
}

/** What a result is part of or about: the article, the speaker, a role, a place. */
function contextOf(result: PagefindResult): string | undefined {
  const kind = result.filters.kind?.[0] as SearchKind | undefined;
  const entry = kind === 'person' || kind === 'place' || kind === 'organisation';
  return result.meta.context ?? result.filters.article?.[0] ?? (entry ? SEARCH_KIND_LABELS[kind].plural : undefined);
}

/**
 * An earlier article's quote as a result of its own (a best bet: the query names it), as
 * a quote's own record would show it; its excerpt from the search, where it holds the words.
 */
function quoteResult(article: PagefindResult, quote: FoundPart): PagefindResult {
  const found = article.sub_results?.find((s) => sameSpot(s.url, quote.url));
  return {
    url: quote.url,
    excerpt: found?.excerpt ?? '',
    content: '',
    meta: { title: quote.title, ...(quote.part.people[0] ? { context: quote.part.people[0] } : {}) },
    filters: { kind: ['quote'], ...(quote.part.date ? { date: [quote.part.date] } : {}) },
  };
}

/** What a part of an earlier article is, for its line: a quote, or a passage. */
const partLabel = (found: FoundPart) => SEARCH_KIND_LABELS[found.part.kind === 'quote' ? 'quote' : 'section'].singular;

/**
 * An earlier article as a result: the article (its headline linking to it), and below it
 * the parts that hold the words asked for (a passage, a quote), each linking to its spot.
 */
function archivedItem(result: PagefindResult, terms: string[], chosen: Chosen): HTMLLIElement {
  const parts = partsToShow(result.sub_results ?? [], chosen);
  const { passages, quotes } = partCounts(result.sub_results ?? [], chosen);
  const count = (n: number, one: string, many: string) => (n > 0 ? [`${n} ${n === 1 ? one : many}`] : []);
  const holding = [...count(passages, 'passage', 'passages'), ...count(quotes, 'quote', 'quotes')];
  const li = resultStart(
    ['Article', ...(holding.length ? [`${holding.join(' and ')} found`] : [])].join(' · '),
    result,
    terms,
  );
  const list = el('ul', 'result-parts');
  for (const found of parts) {
    const item = el('li', '');
    const a = el('a', '', found.title);
    a.href = withHighlight(found.url, terms);
    item.append(el('span', 'result-part-kind', `${partLabel(found)}: `), a, excerptOf(found.excerpt));
    list.append(item);
  }
  // Without parts, the article's own opening (its dek) holds the words, or nothing the filters keep does.
  li.append(list.childElementCount > 0 ? list : excerptOf(result.excerpt));
  return li;
}

/** A result's first lines: what it is, and its title linking to the spot. */
function resultStart(kind: string, result: PagefindResult, terms: string[]): HTMLLIElement {
  const li = el('li', 'search-result');
  li.append(el('p', 'result-kind', kind));
  const heading = el('h2', 'result-title');
  const link = el('a', '', result.meta.title ?? result.url);
  link.href = withHighlight(result.url, terms);
  heading.append(link);
  li.append(heading);
  return li;
}

/** An excerpt as a paragraph, Pagefind's marks kept. */
function excerptOf(excerpt: string): HTMLParagraphElement {
  const p = el('p', 'result-excerpt');
  p.append(...excerptNodes(excerpt));
  return p;
}

/** One result as a list item: kind and context, a title linking to the spot, the excerpt. */
function resultItem(result: PagefindResult, terms: string[]): HTMLLIElement {
  const kind = [kindLabel(result), contextOf(result), result.filters.date?.[0]].filter(Boolean).join(' · ');
  const li = resultStart(kind, result, terms);
  li.append(excerptOf(result.excerpt));
  const quote = result.filters.kind?.includes('quote') ? result.url.split('#')[1] : undefined;
  if (quote) {
    const more = el('a', 'result-more', 'About this quote');
    more.href = quoteUrl(quote);
    const p = el('p', 'result-links');
    p.append(more);
    li.append(p);
  }
  return li;
}

/**
 * Suggestions shown when there is no query or no result: a copy of the ones the page was
 * built with (SearchForm.astro), so they are written once; a suggested search runs here.
 */
function suggestions(template: HTMLLIElement | undefined, onPick: (q: string) => void): HTMLLIElement[] {
  if (!template) return [];
  const li = template.cloneNode(true) as HTMLLIElement;
  for (const a of li.querySelectorAll<HTMLAnchorElement>('a[href*="?q="]')) {
    a.addEventListener('click', (event) => {
      event.preventDefault();
      onPick(new URL(a.href).searchParams.get('q') ?? '');
    });
  }
  return [li];
}

/** The address of a search, to share or to follow. */
const searchAddress = (q: string) => withBase(`/search/?q=${encodeURIComponent(q)}`);

/** True when a result's text contains one of the query's words (ignoring case and accents). */
function mentions(result: PagefindResult, terms: string[]): boolean {
  const text = fold(`${result.meta.title ?? ''} ${result.content ?? result.excerpt}`);
  return terms.some((t) => text.includes(fold(t)));
}

/** "Did you mean …?" as a list item whose link runs the corrected search. */
function correction(suggested: string, onPick: (q: string) => void): HTMLLIElement {
  const li = el('li', 'search-correction');
  const a = el('a', '', suggested);
  a.href = searchAddress(suggested);
  a.addEventListener('click', (event) => {
    event.preventDefault();
    onPick(suggested);
  });
  li.append(document.createTextNode('Did you mean '), a, document.createTextNode('?'));
  return li;
}

/**
 * Arrow keys move through the results as in any site search: down from the search field
 * to the first result, up and down between results, up from the first back to the field;
 * Enter opens the focused result (it is a link). Escape closes the dialog (site-search.ts).
 */
function bindKeys(input: HTMLInputElement, list: HTMLOListElement): void {
  const links = () => [
    ...list.querySelectorAll<HTMLElement>(
      '.result-title a, .result-parts a, .search-correction a, .search-more button',
    ),
  ];
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    const to =
      event.key === 'ArrowDown'
        ? all[at + 1]
        : event.key === 'ArrowUp'
          ? at === 0
            ? input
            : all[at - 1]
          : event.key === 'Home'
            ? all[0]
            : event.key === 'End'
              ? all.at(-1)
              : undefined;
    if (!to) return;
    event.preventDefault();
    to.focus();
  });
}

/** The counts beside each kind and each person, for a query with the filters chosen. */
async function countFacets(
  pf: Pagefind,
  query: string,
  chosen: { kind: string; person: string },
  search: Search | null,
): Promise<{ kinds: Record<string, number>; people: Record<string, number> }> {
  const byPerson: Filters = chosen.person ? { person: chosen.person } : {};
  const byKind: Filters = chosen.kind ? { kind: chosen.kind } : {};
  // Counts per kind ignore the kind filter itself, so every option shows what it would give;
  // likewise each person shows how many results they would give with the kind chosen.
  const forKinds = chosen.kind ? await pf.search(query, { filters: byPerson }) : search;
  const forPeople = chosen.person ? await pf.search(query, { filters: byKind }) : chosen.kind ? search : forKinds;
  return { kinds: forKinds?.filters.kind ?? {}, people: forPeople?.filters.person ?? {} };
}

/** “More results” as the list's last item. */
function moreButton(left: number, onMore: () => void): HTMLLIElement {
  const li = el('li', 'search-more');
  const button = el('button', '', `More results (${left})`);
  button.type = 'button';
  button.addEventListener('click', onMore);
  li.append(button);
  return li;
}

/**
 * Bring a search form to life. With `syncUrl`, the query and filters live in the address
 * (`/search/?q=…&kind=…&person=…`) and are read from it on load, so searches can be shared.
 * `pageSize` results are shown at first, and as many more at each “More results”.
 */
export async function bindSearch(
  form: HTMLFormElement,
  { syncUrl, pageSize = PAGE_SIZE }: { syncUrl: boolean; pageSize?: number },
): Promise<void> {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  // The header's dialog has no filters (the search page has): no kind chosen, anyone.
  const person = form.querySelector<HTMLSelectElement>('select[name="person"]') ?? { value: '', options: [] };
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const list = form.querySelector<HTMLOListElement>('[data-search-results]')!;
  const kind = () => form.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value ?? '';
  // Counts are shown only beside filters: a form without them loads no filter index.
  const counted = form.querySelector('[data-count]') !== null;
  const offered = list.querySelector<HTMLLIElement>('.search-suggestions') ?? undefined;

  if (syncUrl) {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    const k = params.get('kind') ?? '';
    const radio = form.querySelector<HTMLInputElement>(`input[name="kind"][value="${CSS.escape(k)}"]`);
    if (radio) radio.checked = true;
    const who = params.get('person') ?? '';
    if ([...person.options].some((o) => o.value === who)) person.value = who;
  }

  const showCounts = ({ kinds, people }: { kinds: Record<string, number>; people: Record<string, number> }) => {
    for (const span of form.querySelectorAll<HTMLElement>('[data-count]')) {
      const key = span.dataset.count!;
      span.textContent = key ? `(${kinds[key] ?? 0})` : `(${Object.values(kinds).reduce((a, b) => a + b, 0)})`;
    }
    for (const option of person.options) {
      option.dataset.name ??= option.textContent ?? '';
      option.textContent = option.value ? `${option.dataset.name} (${people[option.value] ?? 0})` : option.dataset.name;
    }
  };

  let run = 0;
  const update = async () => {
    const mine = ++run;
    const query = input.value.trim();
    if (syncUrl) {
      const params = new URLSearchParams();
      if (query) params.set('q', query);
      if (kind()) params.set('kind', kind());
      if (person.value) params.set('person', person.value);
      const search = params.toString();
      history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
    }
    if (!query) {
      // No query yet: offer suggestions without loading anything.
      status.textContent = '';
      for (const span of form.querySelectorAll<HTMLElement>('[data-count]')) span.textContent = '';
      list.replaceChildren(...suggestions(offered, (q) => ((input.value = q), void update())));
      return;
    }
    const [pf, table] = await Promise.all([loadPagefind(), loadSpellings()]);
    if (mine !== run) return;
    if (!pf) {
      status.textContent =
        'Search needs the built site: run `npm run build` (or `npm start`) to create the search index.';
      return;
    }
    // Another spelling of a name searches as the article's spelling: the same results, ranked alike.
    const asked = query;
    const { query: expanded, changes } = expandQuery(asked, table);
    const asking = pagefindQuery(expanded);
    const chosen = { kind: kind(), person: person.value };
    const filters: Filters = {
      ...(chosen.person ? { person: chosen.person } : {}),
      ...(chosen.kind ? { kind: chosen.kind } : {}),
    };
    const quoted = /["“”]/.test(asking);
    const [search, candidates, loose] = await Promise.all([
      pf.search(asking, { filters }),
      betCandidates(pf, asked, filters),
      // Pagefind scores every exact-phrase match alike; order them by the relevance the
      // same words get without quotes, so the quote itself comes before passages around it.
      quoted ? pf.search(asking.replace(/["“”]/g, ' '), { filters }) : undefined,
    ]);
    if (mine !== run || !search) return;
    const relevance = loose ? new Map(loose.results.map((r) => [r.id, r.score])) : undefined;
    // A result's own hit carries where its words are, for the excerpt; a bet found only by
    // its name has none, and shows the start of its text. Each result's data (the same
    // fragment, whichever hit) is asked for once.
    const hits = new Map([
      ...candidates.map((h) => [h.id, h] as const),
      ...search.results.map((h) => [h.id, h] as const),
    ]);
    const requested = new Map<string, Promise<PagefindResult>>();
    const dataOf = (id: string) => {
      if (!requested.has(id)) requested.set(id, hits.get(id)!.data());
      return requested.get(id)!;
    };
    // The candidates' fragments are fetched with those of the results the first page will
    // show if they all are bets (Pagefind keeps them): one round of fetches, not two.
    const [bets] = await Promise.all([
      confirmBets(asked, candidates, dataOf, chosen),
      ...rankResults(
        search.results,
        candidates.map((h) => ({ id: h.id, match: 'exact' as const })),
        relevance,
      )
        .slice(0, pageSize)
        .filter((id) => search.results.some((h) => h.id === id))
        .map(dataOf),
    ]);
    if (mine !== run) return;
    const order = rankResults(
      search.results,
      bets.map((b) => ({ id: b.hit.id, match: b.match })),
      relevance,
    );
    const facetsReady = counted && facetsLoaded;
    if (facetsReady) showCounts(await countFacets(pf, asking, chosen, search));
    if (mine !== run) return;
    const results = await Promise.all(order.slice(0, pageSize).map(dataOf));
    if (mine !== run) return;
    const n = order.length;
    const terms = queryTerms(expanded);
    // An earlier article shows with its matching parts, or as its quote when the query names it.
    const namedQuotes = new Map(bets.flatMap((b) => (b.quote ? [[b.hit.id, b.quote] as const] : [])));
    const itemFor = (id: string, r: PagefindResult) => {
      const quote = namedQuotes.get(id);
      if (quote) return resultItem(quoteResult(r, quote), terms);
      return isArchived(r) ? archivedItem(r, terms, chosen) : resultItem(r, terms);
    };
    const spelled =
      changes.length > 0
        ? ` (searched as ${changes.map((c) => `“${c.to}”, the article’s spelling of “${c.from}”`).join('; ')})`
        : '';
    // A near-miss of a name gets a suggestion when nothing found names or mentions the words asked for.
    const suggested =
      bets.length === 0 && (n === 0 || !results.some((r) => mentions(r, queryTerms(asked))))
        ? didYouMean(
            asked,
            table.words,
            table.variants.map((v) => v[0]),
          )
        : undefined;
    status.textContent =
      (n === 0
        ? `No results for “${asked}”${spelled}.`
        : `${n} ${n === 1 ? 'result' : 'results'} for “${asked}”${spelled}.`) +
      (suggested ? ` Did you mean “${suggested}”?` : '');
    const pick = (q: string) => ((input.value = q), void update());
    let shown = results.length;
    const more = () =>
      moreButton(n - shown, async () => {
        const ids = order.slice(shown, shown + pageSize);
        const next = await Promise.all(ids.map(dataOf));
        if (mine !== run) return;
        const items = next.map((r, i) => itemFor(ids[i]!, r));
        shown += next.length;
        list.querySelector('.search-more')?.replaceWith(...items, ...(shown < n ? [more()] : []));
        items[0]?.querySelector<HTMLAnchorElement>('.result-title a')?.focus();
      });
    // The old results stay until the new ones are ready, then are replaced at once: no
    // empty list in between, and nothing below it moves twice.
    list.replaceChildren(
      ...(suggested ? [correction(suggested, pick)] : []),
      ...results.map((r, i) => itemFor(order[i]!, r)),
      ...(shown < n ? [more()] : []),
      ...(n === 0 ? suggestions(offered, pick) : []),
    );
    if (counted && !facetsReady && asking && (await loadFacets(pf, asking)) && mine === run) {
      const counts = await countFacets(pf, asking, chosen, await pf.search(asking, { filters }));
      if (mine === run) showCounts(counts);
    }
  };
  bindKeys(input, list);

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('focus', () => void warm());
  if (document.activeElement === input) void warm();
  input.addEventListener('input', () => {
    void warm(input.value);
    clearTimeout(timer);
    timer = setTimeout(update, 150);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) void update();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void update();
  });
  // The form now searches in place (before, Enter would load /search/): say so, for whoever waits on it.
  form.dataset.live = '';
  await update();
}
