/**
 * `npm run bench`: a full build of the site in a temporary folder, then what a reader
 * downloads on first load of each kind of page (HTML, CSS, JS, fonts, images; raw and
 * gzipped) and its Lighthouse mobile scores, every figure against ../shared/BRIEF.md's
 * budgets. It measures and reports; over budget still exits 0, since it is not a test.
 *
 *   npm run bench                         the site report (≈ 2 minutes on two cores)
 *   npm run bench -- --no-lighthouse      weights and build time only
 *   npm run bench -- --scale [10,100,…]   build time and output size as articles are added
 *                                         (default 10, 100, 1000)
 *
 * It never writes to `dist/` or the shared Astro cache: other people build there.
 */
import { existsSync } from 'node:fs';
import { BUDGET } from './bench/budgets.ts';
import { DEFAULT_COUNTS, scaleReport } from './bench/scale.ts';
import { siteReport } from './bench/site-report.ts';
import { CHROMIUM_PATH } from './chromium.ts';
import { installCommand } from './system-deps.ts';

/** The `--scale` counts, if asked for: `--scale`, `--scale 10,100` or `--scale=10,100`. */
function scaleCounts(args: string[]): number[] | undefined {
  const i = args.findIndex((a) => a === '--scale' || a.startsWith('--scale='));
  if (i < 0) return undefined;
  const arg = args[i]!;
  const value = arg.includes('=')
    ? arg.slice(arg.indexOf('=') + 1)
    : args[i + 1]?.startsWith('--')
      ? undefined
      : args[i + 1];
  if (!value) return DEFAULT_COUNTS;
  const counts = value.split(',').map(Number);
  if (counts.some((n) => !Number.isInteger(n) || n < 0))
    throw new Error(`--scale takes article counts such as 10,100,1000 (got ${value})`);
  return counts;
}

async function main() {
  const args = process.argv.slice(2);
  // The bench measures in the full browser, as a reader has it (the tests use its headless shell).
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(
      `The bench needs Chromium at ${CHROMIUM_PATH}: run \`${installCommand(['chromium'])}\`, or set CHROMIUM_PATH.`,
    );
    process.exitCode = 1;
    return;
  }
  const counts = scaleCounts(args);
  if (counts) {
    await scaleReport(counts);
    return;
  }
  const { failed, over } = await siteReport({ lighthouse: !args.includes('--no-lighthouse') });
  if (failed) {
    process.exitCode = 1;
    return;
  }
  console.log(
    over.length === 0
      ? '\nEverything within budget.'
      : `\nOVER BUDGET (${over.length}; article budget ≤ ${BUDGET.articleTotalGzip / 1024} KB, Lighthouse ${BUDGET.lighthouseScore}):\n${over.map((o) => `  - ${o}`).join('\n')}`,
  );
}

await main();
