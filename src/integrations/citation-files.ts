import type { AstroIntegration } from 'astro';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeIfChanged } from './write-if-changed.ts';

/** Where the build leaves the citation files to write (see src/pages/citation-files.json.ts). */
export const CITATION_FILES_FILE = 'citation-files.json';

/**
 * Write every citation file (`citation.bib`, `.ris`, `.json` under each article and quote)
 * into `dist/` when the build is done, from the one file the build leaves for them. As
 * routes, three per article and per quote, they were a third of an archive's routes, each
 * paying Astro's own cost per route (a millisecond or two); here 4,545 files take under a
 * second. `astro dev` serves the same files from the routes under
 * src/pages/…/citation.{bib,ris,json}.ts.
 */
export default function citationFilesIntegration(): AstroIntegration {
  return {
    name: 'site-citation-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const list = join(out, CITATION_FILES_FILE);
        const files = JSON.parse(readFileSync(list, 'utf8')) as [path: string, body: string][];
        let written = 0;
        for (const [path, body] of files) if (writeIfChanged(join(out, path), body)) written++;
        rmSync(list);
        logger.info(`${files.length} citation files (${written} written, the rest unchanged)`);
      },
    },
  };
}
