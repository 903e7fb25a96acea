import type { AstroIntegration } from 'astro';
import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { SearchIndexInput } from '../search/archived-articles.ts';
import { mark } from './build-clock.ts';

/** Where the build leaves the records for the index (see src/pages/search-records.json.ts). */
export const RECORDS_FILE = 'search-records.json';

/** How many records are sent to Pagefind before waiting for its answers. */
const RECORDS_IN_FLIGHT = 256;

/**
 * Index the site with Pagefind's Node API when the build is done, as Starlight does, so
 * `dist/` always carries a current index. We index our own records rather than the HTML,
 * so each result is one paragraph, quote, entry or event with its exact address, and
 * navigation, tables of contents and permalink text can never leak into results. Earlier
 * articles come as pages of our own making (src/search/archived-articles.ts).
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'site-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const recordsPath = `${out}/${RECORDS_FILE}`;
        mark('pagefind:start');
        const { records, archived } = JSON.parse(await readFile(recordsPath, 'utf8')) as SearchIndexInput;
        // Pagefind runs as a separate process: close it whether indexing works or not, so a
        // failed build does not leave it running.
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          // Records go to Pagefind's process a batch at a time, not one round trip each: one
          // by one, the waiting alone was most of the indexing time of a large archive.
          const jobs = [
            ...records.map((record) => ({ url: record.url, add: () => index.addCustomRecord(record) })),
            ...archived.map(({ url, html }) => ({ url, add: () => index.addHTMLFile({ url, content: html }) })),
          ];
          for (let i = 0; i < jobs.length; i += RECORDS_IN_FLIGHT) {
            const batch = jobs.slice(i, i + RECORDS_IN_FLIGHT);
            const added = await Promise.all(batch.map((job) => job.add()));
            added.forEach(({ errors }, j) => {
              if (errors.length > 0) throw new Error(`Pagefind rejected ${batch[j]!.url}: ${errors.join('; ')}`);
            });
          }
          // A fresh folder: Pagefind leaves a file it finds already written as it is, with its
          // old time stamp, which src/integrations/stale-files.ts would take for a leftover.
          await rm(`${out}/pagefind`, { recursive: true, force: true });
          const written = await index.writeFiles({ outputPath: `${out}/pagefind` });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
        } finally {
          await pagefind.close();
        }
        await rm(recordsPath);
        mark('pagefind:done');
        const earlier = archived.length === 1 ? 'earlier article' : 'earlier articles';
        logger.info(`indexed ${records.length} records and ${archived.length} ${earlier}`);
      },
    },
  };
}
