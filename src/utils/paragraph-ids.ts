import { createHash } from 'node:crypto';
import { slug } from 'github-slugger';
import { normalizeText } from './text.ts';

/** How many leading words name a paragraph. Five keep ids short yet distinct in news prose. */
export const ID_WORDS = 5;

/** The readable part of a paragraph id: its first words, slugged. */
export function paragraphSlug(text: string, words = ID_WORDS): string {
  const lead = normalizeText(text).replace(/['"]/g, '').trim().split(' ').slice(0, words).join(' ');
  return slug(lead);
}

/** A short, stable digest of a paragraph's whole text. */
export function textHash(text: string): string {
  return createHash('sha1').update(normalizeText(text).trim()).digest('hex').slice(0, 6);
}

/**
 * Ids for a list of paragraphs, derived from their own words rather than their position,
 * so inserting, removing or editing one paragraph never renames another. When two
 * paragraphs open with the same words, every one of them gets a digest of its whole text,
 * which keeps the result independent of their order.
 */
export function paragraphIds(texts: readonly string[], prefix = 'p'): string[] {
  const slugs = texts.map((text) => `${prefix}-${paragraphSlug(text) || 'untitled'}`);
  const counts = new Map<string, number>();
  for (const s of slugs) counts.set(s, (counts.get(s) ?? 0) + 1);
  const ids = slugs.map((s, i) => (counts.get(s)! > 1 ? `${s}-${textHash(texts[i]!)}` : s));
  const seen = new Set<string>();
  for (const [i, id] of ids.entries()) {
    // Two identical paragraphs have identical digests; number the repeats so ids stay unique.
    let unique = id;
    for (let n = 2; seen.has(unique); n++) unique = `${id}-${n}`;
    ids[i] = unique;
    seen.add(unique);
  }
  return ids;
}
