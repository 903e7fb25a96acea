/**
 * A child process of the share-card-files integration: draws the cards it is given into
 * the cache and reports how long they took. Drawing in a process of its own keeps
 * satori's and resvg's memory out of the build's (drawn in the build's own process, a
 * 1,000-article archive's cards took it from 3.6 to 6.5 GB), and lets two draw at once.
 */
import { readFileSync } from 'node:fs';
import { drawShareCard, type ShareCard } from '../seo/share-card-image.ts';

/** What the integration hands a drawing process, in a file named by its one argument. */
export interface DrawingJob {
  cacheDir: string;
  siteName: string;
  cards: ShareCard[];
}

const job = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as DrawingJob;
const started = performance.now();
for (const card of job.cards) await drawShareCard(card, job.siteName, job.cacheDir);
process.send!({ ms: performance.now() - started });
