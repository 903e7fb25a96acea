import { fold } from '../text/normalize.ts';

/**
 * Best bets, as Pagefind stores them and the search ranks them. Pure functions, shared by
 * the build (which writes each record's names into its `bet` metadata) and the search code
 * in the browser (which looks a query up there and orders the results).
 *
 * A thing's names (an entry's name, aliases and spellings, a quote's words, an event's
 * title, an article's headline) are each indexed as one word, their words folded and
 * joined by BET_MARK, which also ends it: “Kremlin leader” is `kremlinǂleaderǂ`. The mark
 * is a letter to Pagefind (so the name stays one word) that no reader types and no text
 * holds, so no query word ever equals such a word, or extends to the middle of one; it
 * only extends to one from its start (a search for `putin` also meets `putinǂ`, a name
 * that begins with it, whose record mentions Putin anyway), and the `bet` field carries
 * no ranking weight. A query is looked up by the same key, as an exact word: what it
 * names, whatever its case, accents, quote marks and punctuation.
 */

/** Joins and ends the words of a name in its index word: a letter (Lo) outside every script we write. */
export const BET_MARK = 'ǂ';

/** The Pagefind metadata field that holds a record's names. */
export const BET_FIELD = 'bet';

/**
 * A query of at least this many words that a quote’s words begin with names that quote
 * (“What Putin will say now …”); shorter openings (“What”, “In Putin’s”) name nothing.
 */
export const OPENING_WORDS = 3;

/** The words of a text as names compare them: folded (case, accents, ’), quote marks and other punctuation gone. */
export function nameWords(text: string): string[] {
  return (
    fold(text)
      // Dashes and slashes separate words (Elmendorf–Richardson, meeting—including) …
      .replace(/[\p{Pd}/]+/gu, ' ')
      // … every other mark goes: quote marks, apostrophes, the dots of U.S., symbols.
      .replace(/[^\p{L}\p{N}\s]+/gu, '')
      .split(/\s+/)
      .filter(Boolean)
  );
}

/** A name or a query as one index word (`kremlinǂleaderǂ`); '' when it has no words. */
export function betKey(text: string): string {
  const words = nameWords(text);
  return words.length > 0 ? words.map((w) => w + BET_MARK).join('') : '';
}

/** The value of a record's `bet` field: the key of each of its names, once each. */
export function betField(names: readonly string[]): string {
  return [...new Set(names.map(betKey).filter(Boolean))].join(' ');
}

export type BetMatch = 'exact' | 'opening';

/**
 * How a record answers a query, from its `bet` field: `exact` when the query is one of its
 * names; `opening` when `openings` (a quote) and the query is the first OPENING_WORDS or
 * more words of one; otherwise undefined.
 */
export function betMatch(query: string, field: string, { openings }: { openings: boolean }): BetMatch | undefined {
  const key = betKey(query);
  if (!key) return undefined;
  const names = field.split(' ');
  if (names.includes(key)) return 'exact';
  const long = nameWords(query).length >= OPENING_WORDS;
  return openings && long && names.some((name) => name.startsWith(key)) ? 'opening' : undefined;
}

/** A result as Pagefind ranks it. */
export interface Ranked {
  id: string;
  score: number;
}

/** A best bet found for a query. */
export interface Bet {
  id: string;
  match: BetMatch;
}

/**
 * The order to show results in: the best bets first (exact names before openings; among
 * equals, in the order Pagefind ranks them, which is their order in `results` when they
 * are there, else their order in `bets`), then every other result in Pagefind's order, or,
 * given `relevance` (an exact-phrase search, which Pagefind scores all alike), by that
 * score, Pagefind's order breaking ties. Each id once.
 */
export function rankResults(
  results: readonly Ranked[],
  bets: readonly Bet[],
  relevance?: ReadonlyMap<string, number>,
): string[] {
  const at = new Map(results.map((r, i) => [r.id, i]));
  const tier = (b: Bet) => (b.match === 'exact' ? 0 : 1);
  const first = [...new Map(bets.map((b) => [b.id, b])).values()]
    .map((b, i) => ({ ...b, i }))
    .sort((a, b) => tier(a) - tier(b) || (at.get(a.id) ?? Infinity) - (at.get(b.id) ?? Infinity) || a.i - b.i)
    .map((b) => b.id);
  const seen = new Set(first);
  const rest = results
    .map((r, i) => ({ id: r.id, i, score: relevance?.get(r.id) ?? 0 }))
    .filter((r) => !seen.has(r.id))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((r) => r.id);
  return [...first, ...[...new Set(rest)]];
}
