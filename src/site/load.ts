import { existsSync, readFileSync } from 'node:fs';
import type { LinkManifest } from '../links/manifest.ts';
import { getCollection } from 'astro:content';
import type { Collection } from '../schemas/common.ts';
import type { RawEntry } from './entries.ts';

/**
 * The published-links manifest (every page and fragment id the site has published), read
 * so withdrawn entries' old fragment ids can be kept working.
 */
export function loadPublished(contentDir = process.env.CONTENT_DIR ?? './content'): LinkManifest {
  const file = `${contentDir}/published-links.json`;
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as LinkManifest) : {};
}

const COLLECTIONS: Collection[] = ['articles', 'glossary', 'quotes', 'timeline'];

/**
 * Load every entry of every collection as Astro's content layer found it, with its file's
 * text for line numbers. Validation is not done here: the pure `buildSite` checks every
 * entry, so one build reports every problem.
 */
export async function loadEntries(): Promise<RawEntry[]> {
  const lists = await Promise.all(COLLECTIONS.map((c) => getCollection(c)));
  return lists.flatMap((list, i) =>
    list.map((entry): RawEntry => {
      const file = entry.filePath ?? `content/${COLLECTIONS[i]}/${entry.id}`;
      return { collection: COLLECTIONS[i]!, id: entry.id, file, data: entry.data, source: readFileSync(file, 'utf8') };
    }),
  );
}
