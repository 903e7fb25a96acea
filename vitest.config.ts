import { defineConfig } from 'vitest/config';

/**
 * Four projects: unit tests of the pure logic and plugins (tests/unit/, mirroring src/);
 * builds of changed content (tests/build/); tests of the built `dist/`, reading its files
 * and driving Debian's Chromium through it (tests/site/static/ and tests/site/browser/,
 * served by tests/helpers/serve-dist.setup.ts); and the base-path build behind nginx
 * (tests/site/deploy/, with tests/helpers/deploy.setup.ts).
 *
 * The suite is CPU-bound on two cores, so it is laid out to keep both busy: all four
 * projects share one pool of two workers, which takes the slowest files first (ordering
 * the light projects before the site ones left a core idle at the turn, 7 s); every
 * project uses worker threads without per-file isolation, which spares each file a fresh
 * import of Playwright and the unified stack (no test shares state across files).
 */
const WORKERS = 2;

export default defineConfig({
  test: {
    pool: 'threads',
    isolate: false,
    maxWorkers: WORKERS,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Citation.js formats in the unit tests too; a loaded two-core machine can take seconds.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/static/**/*.test.ts', 'tests/site/browser/**/*.test.ts'],
          globalSetup: ['tests/helpers/serve-dist.setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A loaded 2-core CI machine can take more than a second to show results.
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        extends: true,
        test: {
          // The site as deployed: a base-path build behind the nginx configuration we ship.
          name: 'deploy',
          include: ['tests/site/deploy/**/*.test.ts'],
          globalSetup: ['tests/helpers/deploy.setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
