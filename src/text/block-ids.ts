import { createHash } from 'node:crypto';
import anyAscii from 'any-ascii';
import { slug } from 'github-slugger';
import { normalizeText } from './normalize.ts';

/** How many leading words name a paragraph. Five keep ids short yet distinct in news prose. */
export const ID_WORDS = 5;

/**
 * A slug in the alphabet content ids use (`a-z`, `0-9`, single dashes): accents and other
 * scripts folded to ASCII with any-ascii (`Élysée` → `elysee`), then github-slugger.
 */
export function asciiSlug(text: string): string {
  return slug(anyAscii(normalizeText(text)))
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}

/** The readable part of a paragraph id: its first words, slugged. */
export function paragraphSlug(text: string, words = ID_WORDS): string {
  const lead = normalizeText(text).replace(/['"]/g, '').trim().split(' ').slice(0, words).join(' ');
  return asciiSlug(lead);
}

/** A short, stable digest of a paragraph's whole text. */
export function textHash(text: string): string {
  return createHash('sha1').update(normalizeText(text).trim()).digest('hex').slice(0, 6);
}

/**
 * Ids for a list of blocks, derived from their own words rather than their position, so
 * inserting, removing or editing one block never renames another. When two blocks open
 * with the same words, every one of them gets a digest of its whole text, which keeps the
 * result independent of their order.
 */
export function blockIds(texts: readonly string[], prefix = 'p'): string[] {
  const slugs = texts.map((text) => `${prefix}-${paragraphSlug(text) || 'untitled'}`);
  const counts = new Map<string, number>();
  for (const s of slugs) counts.set(s, (counts.get(s) ?? 0) + 1);
  const ids = slugs.map((s, i) => (counts.get(s)! > 1 ? `${s}-${textHash(texts[i]!)}` : s));
  const seen = new Set<string>();
  for (const [i, id] of ids.entries()) {
    // Two identical blocks have identical digests; number the repeats so ids stay unique.
    let unique = id;
    for (let n = 2; seen.has(unique); n++) unique = `${id}-${n}`;
    ids[i] = unique;
    seen.add(unique);
  }
  return ids;
}
