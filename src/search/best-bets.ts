import type { SiteData } from '../site/site-data.ts';
import { eventUrl, glossaryUrl } from '../core/urls.ts';
import { betKey, nameWords, OPENING_WORDS } from './ranking.ts';

/**
 * Best bets: a query that names one thing puts that thing first, as a reader expects of a
 * search box (Wikipedia's goes straight to the page whose title you typed). Here, from the
 * site's data, is what names each thing; src/search/records.ts writes it into each record's
 * `bet` field, and src/search/ranking.ts looks queries up there and orders the results.
 */

/** One thing a query can name, and the strings that name it. */
export interface BestBet {
  /** The thing's search record: the same address as its result. */
  url: string;
  /**
   * Everything that names it, as written: an entry's name, aliases and attested spellings;
   * a quote's words (and its words in the original language, where we have them); an
   * event's title; an article's headline.
   */
  names: string[];
  /** A quote is named by its opening words too (OPENING_WORDS or more). */
  openings: boolean;
}

/** Every thing a query can name, with its names, in the order the search records list them. */
export function bestBets(data: SiteData): BestBet[] {
  const bets: BestBet[] = [];
  for (const article of data.articles)
    bets.push({ url: article.url, names: [article.entry.data.title], openings: false });
  for (const quote of data.quotes) bets.push({ url: quote.inContext, names: quoteNames(quote), openings: true });
  for (const entity of data.glossary) {
    const d = entity.entry.data;
    bets.push({
      url: glossaryUrl(entity.id),
      names: [d.name, ...d.aliases, ...d.spellings.map((s) => s.text)],
      openings: false,
    });
  }
  for (const event of data.events)
    bets.push({ url: eventUrl(event.id), names: [event.entry.data.title], openings: false });
  return bets;
}

/** What names a quote: its words as the article prints them, and the speaker's own words where we have them. */
function quoteNames(quote: SiteData['quotes'][number]): string[] {
  const original = quote.entry.data.spoken.original?.text;
  return original ? [quote.entry.data.text, original.replace(/\.$/, '')] : [quote.entry.data.text];
}

/** A query from the content-derived set, and the address its first result must have. */
export interface NamedQuery {
  query: string;
  url: string;
}

/**
 * The forms of a name a reader types: as written, in lower and upper case, with straight
 * quote marks or none, and a name in the Latin alphabet without its accents (Turkiye).
 */
function typedForms(name: string): string[] {
  const plain = name.replace(/[‘’]/g, "'").replace(/[“”"]/g, '');
  const latin = /^[\p{Script=Latin}\p{M}\P{L}]*$/u.test(name);
  const bare = latin ? name.normalize('NFD').replace(/\p{M}/gu, '') : name;
  return [...new Set([name, name.toLowerCase(), name.toUpperCase(), plain, bare])];
}

/**
 * The test set of best bets, derived from the content so it grows with it: every name of
 * every thing (as written, in lower and upper case, with straight quote marks and without
 * accents), and each quote's opening words, each with the address of the thing it names.
 * A query that names more than one thing (two quotes with the same words, as the bench's
 * synthetic copies have) is left out: it has no one right answer. Tests run the set
 * through the real search page, and the bench reports how much of it ranks first.
 */
export function bestBetQueries(data: SiteData): NamedQuery[] {
  const bets = bestBets(data);
  const exact = new Map<string, Set<string>>();
  const quoted: [key: string, url: string][] = [];
  for (const bet of bets) {
    for (const name of bet.names) {
      const key = betKey(name);
      if (!exact.has(key)) exact.set(key, new Set());
      exact.get(key)!.add(bet.url);
      if (bet.openings) quoted.push([key, bet.url]);
    }
  }
  quoted.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  /** What a query names, as the search ranks it: its exact names, else the quotes it opens. */
  const namedBy = (query: string): Set<string> => {
    const key = betKey(query);
    if (exact.has(key)) return exact.get(key)!;
    const urls = new Set<string>();
    if (nameWords(query).length < OPENING_WORDS) return urls;
    let lo = 0;
    for (let hi = quoted.length; lo < hi;) {
      const mid = (lo + hi) >> 1;
      if (quoted[mid]![0] < key) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < quoted.length && quoted[i]![0].startsWith(key) && urls.size < 2; i++) urls.add(quoted[i]![1]);
    return urls;
  };

  const queries = new Map<string, string>();
  for (const bet of bets) {
    for (const name of bet.names) {
      const asked = typedForms(name);
      const words = name.trim().split(/\s+/);
      if (bet.openings && nameWords(name).length > OPENING_WORDS) {
        // What a reader starts typing: the first half of the words, at least OPENING_WORDS.
        const opening = words.slice(0, Math.max(OPENING_WORDS, Math.ceil(words.length / 2))).join(' ');
        asked.push(opening, opening.toLowerCase());
      }
      for (const query of asked) {
        const urls = namedBy(query);
        if (urls.size === 1 && urls.has(bet.url) && !queries.has(query)) queries.set(query, bet.url);
      }
    }
  }
  return [...queries].map(([query, url]) => ({ query, url }));
}
