import { betKey, betMatch, type BetMatch } from './ranking.ts';

/**
 * The parts of an earlier article (src/search/archived-articles.ts) as the index carries
 * them and the search shows them: pure functions, shared by the build, which writes each
 * part's data into its anchor's title, and the search code in the browser, which reads it
 * back from Pagefind's sub-results and picks the parts a result shows.
 */

/** The filter that marks a result as an earlier article (its parts are sub-results). */
export const ARCHIVED_FILTER = 'archived';

/** One part of an earlier article, as its sub-result's title carries it. */
export interface ArchivedPart {
  kind: 'section' | 'quote';
  /** The title a record of its own would have: the section's heading, or the quote's words. */
  title: string;
  /** The people its record would filter by: those a paragraph mentions, a quote's speaker. */
  people: string[];
  /** When a quote was said, as shown. */
  date?: string;
  /**
   * A quote's names (its `bet` field, src/search/ranking.ts) other than its title, which
   * names it already: its words in the speaker's language, where we have them.
   */
  otherNames?: string;
}

/**
 * A part as the title of its anchor. Pagefind shows an anchor's title as its sub-result's
 * title and never searches it, so it can carry what the part's own record would have: JSON.
 */
export function encodePart(part: ArchivedPart): string {
  return JSON.stringify({
    k: part.kind === 'quote' ? 'q' : 's',
    t: part.title,
    ...(part.people.length ? { p: part.people } : {}),
    ...(part.date ? { d: part.date } : {}),
    ...(part.otherNames ? { o: part.otherNames } : {}),
  });
}

/** A sub-result's title as a part; undefined when it is not one (the article's own opening). */
export function decodePart(title: string | undefined): ArchivedPart | undefined {
  if (!title?.startsWith('{')) return undefined;
  try {
    const o = JSON.parse(title) as { k?: string; t?: unknown; p?: unknown; d?: unknown; o?: unknown };
    if ((o.k !== 'q' && o.k !== 's') || typeof o.t !== 'string') return undefined;
    const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
    return {
      kind: o.k === 'q' ? 'quote' : 'section',
      title: o.t,
      people: strings(o.p),
      ...(typeof o.d === 'string' ? { date: o.d } : {}),
      ...(typeof o.o === 'string' ? { otherNames: o.o } : {}),
    };
  } catch {
    return undefined;
  }
}

/** A sub-result as Pagefind returns it (the parts we read). */
export interface SubResult {
  url: string;
  title: string;
  excerpt: string;
  weighted_locations: { balanced_score: number }[];
}

/** A part of an earlier article that a result may show. */
export interface FoundPart {
  url: string;
  part: ArchivedPart;
  title: string;
  excerpt: string;
}

/** At most this many parts show under an earlier article. */
export const PARTS_SHOWN = 3;

/** The filters a reader chose: a kind ('' for any) and a person ('' for anyone). */
export interface Chosen {
  kind: string;
  person: string;
}

/**
 * Whether a part passes the filters chosen. Pagefind filters an earlier article as a whole
 * (it has every kind and person of its parts), so its parts are filtered here.
 */
export function passes(part: ArchivedPart, chosen: Chosen): boolean {
  if (chosen.kind && chosen.kind !== part.kind) return false;
  return !chosen.person || part.people.includes(chosen.person);
}

/**
 * The parts of an earlier article that a search found: its sub-results that are parts
 * (not the article's own opening, which its headline stands for) and pass the filters
 * chosen, the best first by the weight of the words they hold (document order breaking ties).
 */
function foundParts(subResults: readonly SubResult[], chosen: Chosen): FoundPart[] {
  return subResults
    .flatMap((sub, i) => {
      const part = decodePart(sub.title);
      if (!part || !passes(part, chosen)) return [];
      const score = sub.weighted_locations.reduce((n, l) => n + l.balanced_score, 0);
      return [{ found: { url: sub.url, part, title: part.title, excerpt: sub.excerpt }, score, i }];
    })
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ found }) => found);
}

/** The parts to show under an earlier article (foundParts), at most PARTS_SHOWN. */
export function partsToShow(subResults: readonly SubResult[], chosen: Chosen, max = PARTS_SHOWN): FoundPart[] {
  return foundParts(subResults, chosen).slice(0, max);
}

/** How many passages and quotes of an earlier article hold the words and pass the filters chosen. */
export function partCounts(subResults: readonly SubResult[], chosen: Chosen): { passages: number; quotes: number } {
  const parts = foundParts(subResults, chosen);
  const quotes = parts.filter((p) => p.part.kind === 'quote').length;
  return { passages: parts.length - quotes, quotes };
}

/**
 * Whether two addresses are the same spot: the same page and id, however the id is
 * written (Pagefind percent-encodes a sub-result's id; an anchor's id is as written).
 */
export function sameSpot(a: string, b: string): boolean {
  const spot = (url: string) => {
    const [path = '', id = ''] = url.split('#');
    const decoded = (s: string) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    };
    return `${decoded(path.split('?')[0]!)}#${decoded(id)}`;
  };
  return spot(a) === spot(b);
}

/** An anchor of a Pagefind fragment (the parts we read). */
export interface Anchor {
  id: string;
  title?: string;
}

/**
 * The quote of an earlier article that a query names, as a best bet: exactly, or by its
 * opening words (src/search/ranking.ts), from the article's anchors, among the quotes that
 * pass the filters chosen; undefined when none does (a query may still name the article by
 * its headline).
 */
export function namedQuote(
  query: string,
  articleUrl: string,
  anchors: readonly Anchor[],
  chosen: Chosen = { kind: '', person: '' },
): { url: string; part: ArchivedPart; match: BetMatch } | undefined {
  let found: { url: string; part: ArchivedPart; match: BetMatch } | undefined;
  for (const anchor of anchors) {
    const part = decodePart(anchor.title);
    if (part?.kind !== 'quote' || !passes(part, chosen)) continue;
    const names = [betKey(part.title), part.otherNames].filter(Boolean).join(' ');
    const match = betMatch(query, names, { openings: true });
    if (match && (!found || (match === 'exact' && found.match !== 'exact')))
      found = { url: `${articleUrl}#${anchor.id}`, part, match };
  }
  return found;
}

/**
 * How an earlier article answers a query as a best bet, within the filters chosen (which
 * Pagefind applied to the article as a whole): by one of its quotes that the filters keep,
 * shown as that quote; or exactly by its headline, as an article's own record would be (a
 * passage naming no one, so not under a quote or person filter). Never by the names of its
 * other parts, which its `bet` field also holds. Undefined when it names nothing.
 */
export function archivedBet(
  query: string,
  article: { url: string; title: string; anchors: readonly Anchor[] },
  chosen: Chosen,
): { match: BetMatch; quote?: FoundPart } | undefined {
  const quote = namedQuote(query, article.url, article.anchors, chosen);
  if (quote)
    return { match: quote.match, quote: { url: quote.url, part: quote.part, title: quote.part.title, excerpt: '' } };
  const asArticle = !chosen.person && (chosen.kind === '' || chosen.kind === 'section');
  return asArticle && betMatch(query, betKey(article.title), { openings: false }) === 'exact'
    ? { match: 'exact' }
    : undefined;
}
