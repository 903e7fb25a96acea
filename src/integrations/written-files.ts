import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The lists the build leaves (src/pages/citation-files.json.ts, src/pages/share-card-files.json.ts). */
export const CITATION_FILES_FILE = 'citation-files.json';
export const SHARE_CARD_FILES_FILE = 'share-card-files.json';

/**
 * Write the files the site publishes by the thousand when the build is done, from the
 * lists the build leaves for them, rather than one Astro route each: every citation file
 * (`citation.bib`, `.ris`, `.json` under each article and quote), and every share card
 * (`/og/…png`, copied from the card cache). As routes, Astro's own cost per route (a
 * millisecond or two each) made them almost half of an archive's routes and a third of
 * its build; here they take a few milliseconds in all. Each list is then removed.
 * `astro dev` serves the same files from the routes under src/pages/ (citation.[format].ts,
 * og/[...card].png.ts).
 */
export default function writtenFilesIntegration(): AstroIntegration {
  return {
    name: 'site-written-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const place = (path: string) => {
          const file = join(out, path);
          mkdirSync(dirname(file), { recursive: true });
          return file;
        };
        const citations = takeList(out, CITATION_FILES_FILE);
        for (const [path, body] of citations) writeFileSync(place(path), body);
        const cards = takeList(out, SHARE_CARD_FILES_FILE);
        for (const [path, cached] of cards) copyFileSync(cached, place(path));
        logger.info(`wrote ${citations.length} citation files and ${cards.length} share cards`);
      },
    },
  };
}

/** A list the build left in `dist/`, read and removed. */
function takeList(out: string, name: string): [path: string, value: string][] {
  const list = join(out, name);
  const entries = JSON.parse(readFileSync(list, 'utf8')) as [string, string][];
  rmSync(list);
  return entries;
}
