import { defineConfig } from 'vitest/config';

/**
 * Two projects: fast unit tests of the pure logic and plugins, and end-to-end tests that
 * drive Debian's Chromium through the built `dist/` (see tests/e2e/setup.ts).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          sequence: { groupOrder: 2 },
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A loaded 2-core CI machine can take more than a second to show results.
          expect: { poll: { timeout: 10_000 } },
          // One browser per file; two cores run two files at a time.
          maxWorkers: 2,
        },
      },
      {
        test: {
          // The site as deployed: a base-path build behind the nginx configuration we ship.
          name: 'deploy',
          sequence: { groupOrder: 3 },
          include: ['tests/deploy/**/*.test.ts'],
          globalSetup: ['tests/deploy/setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        test: {
          name: 'build',
          sequence: { groupOrder: 1 },
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 120_000,
          // Fixture builds share Astro's content cache, so they run one at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
