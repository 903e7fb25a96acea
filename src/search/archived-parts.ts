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
  /** Its part data; undefined for the article's own opening (its headline and dek). */
  part?: ArchivedPart;
  title: string;
  excerpt: string;
}

/** At most this many parts show under an earlier article. */
export const PARTS_SHOWN = 3;

/**
 * The parts to show under an earlier article that a search found: its sub-results (the
 * parts that hold the words asked for) that also pass the filters chosen (a kind, a
 * person: Pagefind filtered the article as a whole), the best first by the weight of the
 * words they hold (document order breaking ties), at most PARTS_SHOWN.
 */
export function partsToShow(
  subResults: readonly SubResult[],
  chosen: { kind: string; person: string },
  max = PARTS_SHOWN,
): FoundPart[] {
  return subResults
    .map((sub, i) => {
      const part = decodePart(sub.title);
      const score = sub.weighted_locations.reduce((n, l) => n + l.balanced_score, 0);
      return {
        found: { url: sub.url, ...(part ? { part } : {}), title: part?.title ?? sub.title, excerpt: sub.excerpt },
        score,
        i,
      };
    })
    .filter(({ found: { part } }) => {
      if (chosen.kind === 'quote' && part?.kind !== 'quote') return false;
      if (chosen.kind === 'section' && part?.kind === 'quote') return false;
      return !chosen.person || (part?.people.includes(chosen.person) ?? false);
    })
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, max)
    .map(({ found }) => found);
}

/** An anchor of a Pagefind fragment (the parts we read). */
export interface Anchor {
  id: string;
  title?: string;
}

/**
 * The quote of an earlier article that a query names, as a best bet: exactly, or by its
 * opening words (src/search/ranking.ts), from the article's anchors; undefined when none
 * does (a query may still name the article by its headline).
 */
export function namedQuote(
  query: string,
  articleUrl: string,
  anchors: readonly Anchor[],
): { url: string; part: ArchivedPart; match: BetMatch } | undefined {
  let found: { url: string; part: ArchivedPart; match: BetMatch } | undefined;
  for (const anchor of anchors) {
    const part = decodePart(anchor.title);
    if (part?.kind !== 'quote') continue;
    const names = [betKey(part.title), part.otherNames].filter(Boolean).join(' ');
    const match = betMatch(query, names, { openings: true });
    if (match && (!found || (match === 'exact' && found.match !== 'exact')))
      found = { url: `${articleUrl}#${anchor.id}`, part, match };
  }
  return found;
}
