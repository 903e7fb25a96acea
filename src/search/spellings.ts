import { distance } from 'fastest-levenshtein';
import { fold, foldMapped, isWordAt } from '../text/normalize.ts';

/**
 * Search that knows every spelling: other romanisations and original-script forms of the
 * glossary's names (Zelenskyy, Kiev, Путин) stand for the spelling the article uses, and
 * a near-miss (Stanovya) gets a "did you mean". Pure functions, shared by the build (which
 * writes the table) and the search code in the browser (which reads it).
 */

/** What the search code loads with the index: variants and the names they stand for, and the words to suggest. */
export interface SpellingTable {
  /** [variant, folded, what to search instead], longest first. */
  variants: [string, string, string][];
  /** Names and aliases (the article's spellings), for suggestions; the variants are suggested too. */
  words: string[];
}

/** The spellings of glossary entries, as the build knows them. */
export interface SpellingSource {
  name: string;
  aliases: string[];
  spellings: { text: string; for?: string }[];
}

/**
 * What a search for a variant stands for: its `for`, else the entry's one-word alias (the
 * surname) for a one-word variant, else the entry's full name.
 */
export function replacementFor(entry: SpellingSource, spelling: { text: string; for?: string }): string {
  if (spelling.for) return spelling.for;
  const oneWord = !/\s/.test(spelling.text.trim());
  return (oneWord && entry.aliases.find((a) => !/\s/.test(a))) || entry.name;
}

/** The table the search code loads: every variant with what it stands for, and the words to suggest. */
export function spellingTable(entries: readonly SpellingSource[]): SpellingTable {
  const variants = entries.flatMap((e) =>
    e.spellings.map((s): [string, string, string] => [s.text, fold(s.text), replacementFor(e, s)]),
  );
  variants.sort((a, b) => b[1].length - a[1].length || a[1].localeCompare(b[1]));
  const words = [...new Set(entries.flatMap((e) => [e.name, ...e.aliases]))].sort();
  return { variants, words };
}

/** A change made to a query: which words were searched as which. */
export interface QueryChange {
  from: string;
  to: string;
}

/**
 * A query with every variant spelling replaced by what it stands for, so it finds exactly
 * what the article's spelling finds, ranked the same: whole words only, longest variant
 * first, ignoring case and accents, inside quoted phrases too.
 */
export function expandQuery(query: string, table: SpellingTable): { query: string; changes: QueryChange[] } {
  const folded = foldMapped(query);
  const hits: { start: number; end: number; to: string }[] = [];
  for (const [, variant, to] of table.variants) {
    for (let at = folded.text.indexOf(variant); at >= 0; at = folded.text.indexOf(variant, at + 1)) {
      const end = at + variant.length;
      if (isWordAt(folded.text, at - 1) || isWordAt(folded.text, end)) continue;
      const start = folded.from[at]![0];
      const stop = folded.from[end - 1]![1];
      if (hits.some((h) => start < h.end && stop > h.start)) continue;
      hits.push({ start, end: stop, to });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  let out = '';
  let last = 0;
  const changes: QueryChange[] = [];
  for (const h of hits) {
    out += query.slice(last, h.start) + h.to;
    changes.push({ from: query.slice(h.start, h.end), to: h.to });
    last = h.end;
  }
  return { query: out + query.slice(last), changes: changes.filter((c) => fold(c.from) !== fold(c.to)) };
}

/**
 * How far a word may be from a name to be offered as "did you mean": nothing for words
 * under five letters (too many short words are near something), one edit up to seven
 * letters, two from eight.
 */
export function maxDistance(length: number): number {
  if (length < 5) return -1;
  return length <= 7 ? 1 : 2;
}

/**
 * The query with a near-miss corrected to the closest name, alias or spelling the site
 * knows (Stanovya → Stanovaya), or undefined when no word is close enough. Words that are
 * known already are left alone; the first word that can be corrected is.
 */
export function didYouMean(
  query: string,
  words: readonly string[],
  variants: readonly string[] = [],
): string | undefined {
  // The article's own spellings come first, so a tie goes to the name as the article writes it.
  const known = new Map<string, { to: string; rank: number }>();
  for (const [rank, list] of [words, variants].entries()) {
    for (const w of list)
      for (const part of w.split(/\s+/)) if (!known.has(fold(part))) known.set(fold(part), { to: part, rank });
  }
  const tokens = [...query.matchAll(/[\p{L}\p{M}\p{N}'’-]+/gu)];
  for (const t of tokens) {
    const word = fold(t[0]);
    const limit = maxDistance(word.length);
    if (limit < 0 || known.has(word)) continue;
    let best: { d: number; to: string; rank: number } | undefined;
    for (const [candidate, { to, rank }] of known) {
      if (Math.abs(candidate.length - word.length) > limit) continue;
      const d = distance(word, candidate);
      const better =
        !best || d < best.d || (d === best.d && (rank < best.rank || (rank === best.rank && to < best.to)));
      if (d <= limit && better) best = { d, to, rank };
    }
    if (best) return query.slice(0, t.index) + best.to + query.slice(t.index + t[0].length);
  }
  return undefined;
}
