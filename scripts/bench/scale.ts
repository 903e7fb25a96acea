import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, tempOutDir, type BuildResult } from './build.ts';
import { mb, seconds, table } from './format.ts';
import { phaseSummary } from './site-report.ts';
import { syntheticContent } from './synthetic-content.ts';

export const DEFAULT_COUNTS = [10, 100, 1000];

/** Builds slower than this are stopped: the brief's limit for the 1000-article run. */
const BUILD_LIMIT_MS = 10 * 60_000;

/** A step's growth counts only when it adds at least this much time; below it, noise wins. */
const MEASURABLE_SECONDS = 2;

/** Marginal cost per article this many times the previous step's is called superlinear. */
const SUPERLINEAR_RATIO = 1.5;

interface Run {
  added: number;
  articles: number;
  build: BuildResult;
  pages: number;
  distBytes: number;
  pagefindBytes?: number;
}

/**
 * `--scale`: build the real content plus N synthetic articles for each N, and report build
 * time, output size, page count and Pagefind index size per N, with the marginal time
 * per added article, to show whether the build grows linearly. N = 0 (the real content
 * alone) is always measured first as the baseline.
 */
export async function scaleReport(counts: number[]): Promise<void> {
  const ns = [0, ...new Set(counts.filter((n) => n > 0))].sort((a, b) => a - b);
  const runs: Run[] = [];
  console.log(`Scale: builds with ${ns.slice(1).join(', ')} synthetic articles added (copies of the real one, each with its own quotes), after a baseline of the real content.\n`);
  for (const n of ns) {
    const run = await measure(n);
    if (!run) {
      console.log(`  Larger runs skipped: ${ns.filter((m) => m > n).join(', ') || 'none'}.`);
      break;
    }
    runs.push(run);
  }
  if (runs.length === 0) return;

  console.log('\nScale results');
  console.log(
    table(
      ['added', 'articles', 'pages', 'build', 's/article', 'marginal s/article', 'dist', 'Pagefind index'],
      runs.map((r, i) => [
        String(r.added),
        String(r.articles),
        String(r.pages),
        seconds(r.build.seconds),
        (r.build.seconds / r.articles).toFixed(3),
        i === 0 ? '–' : marginal(runs[i - 1]!, r, (x) => x.build.seconds).toFixed(3),
        mb(r.distBytes),
        r.pagefindBytes === undefined ? 'no dist/pagefind' : mb(r.pagefindBytes),
      ]),
    ),
  );
  console.log('(marginal s/article: extra build time per extra article since the previous row)');
  phaseTable(runs);
  renderTable(runs);
  console.log(`\n${linearityVerdict(runs)}`);
}

/** Generate, build and measure one N; undefined when the build fails or is stopped. */
async function measure(added: number): Promise<Run | undefined> {
  const label = added === 0 ? 'baseline (real content)' : `+${added} articles`;
  const content = syntheticContent(added);
  const dist = tempOutDir(`scale-${added}`);
  try {
    console.log(`${label}: building…`);
    const build = await buildSite({
      outDir: dist,
      contentDir: content,
      timeoutMs: BUILD_LIMIT_MS,
      onProgress: (status) => console.log(`  ${label}: ${status}`),
      progressEveryMs: 15_000,
    });
    if (!build.ok) {
      if (build.timedOut) console.log(`${label}: build exceeded ${BUILD_LIMIT_MS / 60_000} minutes and was stopped.`);
      else console.log(`${label}: build failed after ${seconds(build.seconds)}; its last lines:\n${build.tail.join('\n')}`);
      return undefined;
    }
    const all = folderStats(dist);
    const pagefind = join(dist, 'pagefind');
    const run: Run = {
      added,
      articles: added + 1,
      build,
      pages: all.html,
      distBytes: all.bytes,
      pagefindBytes: existsSync(pagefind) ? folderStats(pagefind).bytes : undefined,
    };
    console.log(`${label}: ${seconds(build.seconds)}, ${run.pages} pages, ${mb(run.distBytes)}  (${phaseSummary(build)})`);
    return run;
  } finally {
    rmSync(content, { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
  }
}

/** Extra seconds per extra article between two runs. */
const marginal = (a: Run, b: Run, value: (r: Run) => number) => (value(b) - value(a)) / (b.articles - a.articles);

/** Each build phase per N: which part of the build grows with the article count. */
function phaseTable(runs: Run[]) {
  const names = [...new Set(runs.flatMap((r) => r.build.phases.map(([name]) => name)))];
  const phase = (r: Run, name: string) => r.build.phases.find(([n]) => n === name)?.[1] ?? 0;
  console.log('\nBuild phases (seconds; marginal ms per added article since the previous row in brackets)');
  console.log(
    table(
      ['phase', ...runs.map((r) => `+${r.added}`)],
      names.map((name) => [
        name,
        ...runs.map((r, i) => {
          const s = phase(r, name).toFixed(1);
          return i === 0 ? s : `${s} (${(marginal(runs[i - 1]!, r, (x) => phase(x, name)) * 1000).toFixed(0)})`;
        }),
      ]),
    ),
  );
}

/**
 * Astro's own per-route render times, averaged per section. A section whose time per page
 * rises with N does work proportional to the whole site on each page: quadratic overall.
 */
function renderTable(runs: Run[]) {
  const sections = [...new Set(runs.flatMap((r) => [...r.build.sections.keys()]))].sort();
  console.log('\nRender time per page by section (ms per route, from Astro’s log; routes in brackets)');
  console.log(
    table(
      ['section', ...runs.map((r) => `+${r.added}`)],
      sections.map((name) => [
        name,
        ...runs.map((r) => {
          const s = r.build.sections.get(name);
          return s ? `${(s.ms / s.routes).toFixed(1)} (${s.routes})` : '–';
        }),
      ]),
    ),
  );
  const slowest = runs.map((r) => `+${r.added}: ${r.build.slowest ? `${r.build.slowest.route} ${r.build.slowest.ms} ms` : '–'}`);
  console.log(`Slowest route (the first to render also loads and renders all content): ${slowest.join('; ')}`);
}

/** Whether the marginal cost per article holds steady as N grows. */
function linearityVerdict(runs: Run[]): string {
  const steps = runs.slice(1).map((r, i) => ({ from: runs[i]!, to: r, cost: marginal(runs[i]!, r, (x) => x.build.seconds) }));
  const measurable = steps.filter((s) => s.to.build.seconds - s.from.build.seconds >= MEASURABLE_SECONDS);
  if (measurable.length < 2) {
    return `Linearity: not enough growth to judge (need two steps that each add ≥ ${MEASURABLE_SECONDS} s; try larger N such as --scale 100,1000).`;
  }
  const first = measurable[0]!;
  const last = measurable[measurable.length - 1]!;
  const ratio = last.cost / first.cost;
  const span = `${(first.cost * 1000).toFixed(0)} ms/article (+${first.from.added}→+${first.to.added}) vs ${(last.cost * 1000).toFixed(0)} ms/article (+${last.from.added}→+${last.to.added})`;
  return ratio > SUPERLINEAR_RATIO
    ? `Linearity: NOT LINEAR: the marginal cost per article grew ×${ratio.toFixed(1)}: ${span}. See the phase and per-page tables above for where.`
    : `Linearity: looks linear (marginal cost per article ×${ratio.toFixed(1)}): ${span}.`;
}

/** File count, HTML page count and total bytes under a folder. */
function folderStats(dir: string): { files: number; html: number; bytes: number } {
  const stats = { files: 0, html: 0, bytes: 0 };
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const info = statSync(join(dir, name));
    if (!info.isFile()) continue;
    stats.files++;
    stats.bytes += info.size;
    if (name.endsWith('.html')) stats.html++;
  }
  return stats;
}
