import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { buildClock, mark } from './build-clock.ts';
import { buildCounts } from '../core/build-counts.ts';

/**
 * With BUILD_TIMINGS=<file>, record the moments of the build at Astro's hooks (and, via
 * src/middleware.ts, each page's render time) and write them to that file when the build
 * is done: the benchmark reads them instead of parsing the log. Listed last, so its
 * build:done runs after the other integrations' (the search index).
 */
export default function buildTimings(): AstroIntegration {
  return {
    name: 'site-build-timings',
    hooks: {
      'astro:config:setup': () => mark('config:setup'),
      'astro:config:done': () => mark('config:done'),
      'astro:build:start': () => mark('build:start'),
      'astro:build:generated': () => mark('build:generated'),
      'astro:build:done': () => {
        mark('build:done');
        const clock = buildClock();
        // With the counts of cached steps, and the process's peak memory (Pagefind's own process aside).
        if (clock && process.env.BUILD_TIMINGS)
          writeFileSync(
            process.env.BUILD_TIMINGS,
            JSON.stringify({ ...clock, counts: buildCounts(), maxRssMb: process.resourceUsage().maxRSS / 1024 }),
          );
      },
    },
  };
}
