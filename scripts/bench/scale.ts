import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { buildSite, type BuildResult } from './build.ts';
import { kb, loadNote, mb, seconds, table } from './format.ts';
import { phaseSummary } from './site-report.ts';
import { syntheticContent } from './synthetic-content.ts';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.ts';
import { precompress, serve } from './serve.ts';
import { budgeted, firstSearch, namedQueries, rankingScore, SEARCH_BUDGET_GZIP, SEARCH_FROM } from './search.ts';

export const DEFAULT_COUNTS = [10, 100, 1000];

/** Builds slower than this are stopped: the brief's limit for the 1000-article run. */
const BUILD_LIMIT_MS = 10 * 60_000;

/** A step's growth counts only when it adds at least this much CPU time; below it, noise wins. */
const MEASURABLE_SECONDS = 2;

/** Marginal cost per article this many times the previous step's is called superlinear. */
const SUPERLINEAR_RATIO = 1.5;

interface Run {
  added: number;
  articles: number;
  build: BuildResult;
  pages: number;
  distBytes: number;
  /** The biggest HTML page: pages that list the whole site grow with it. */
  largest: { path: string; bytes: number };
  pagefindBytes?: number;
  search?: ScaleSearch;
  /** Seconds to build again after one quote's note was edited, in the same copy and cache. */
  rebuild?: number;
  /** That rebuild's counts: how much of the site's data came from its render cache. */
  rebuildCounts?: Record<string, number>;
  /** Routes that rebuild rendered: the rest were skipped, unchanged (src/site/page-keys.ts). */
  rebuildRendered?: number;
}

/** How many routes (pages and files) a build rendered, by its clock. */
const rendered = (build: BuildResult) => [...build.sections.values()].reduce((n, s) => n + s.routes, 0);

/** Search on a scaled build: the first search for a name, and the best-bets score. */
interface ScaleSearch {
  files: number;
  /** Pagefind's files, compressed (the budget), and everything the search fetched. */
  sent: number;
  all: number;
  ranked: number;
  of: number;
  misses: string[];
}

/** The name whose first search is measured at each scale. */
const SCALE_QUERY = 'Putin';

/** A synthetic copy of a quote (`…-copy-0001`) answers for the quote: the same words, in a copy of the article. */
const sameThing = (got: string, want: string) => got.replace(/-copy-\d+/g, '') === want;

/**
 * Search at scale, in Chromium: what the first search for a name fetches (budget
 * SEARCH_BUDGET_GZIP), and how much of the real content's best-bets set still ranks its
 * thing first among the synthetic articles (their quotes repeat the real ones, so a copy
 * of a quote counts for it).
 */
async function scaleSearch(dist: string): Promise<ScaleSearch> {
  const served = new Set([`${SEARCH_FROM.slice(1)}index.html`, 'search/index.html']);
  precompress(dist, (name) => !name.endsWith('.html') || served.has(name));
  const server = await serve(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  try {
    const first = await firstSearch(browser, server.origin, SCALE_QUERY, dist);
    const queries = namedQueries();
    const score = await rankingScore(browser, server.origin, queries, sameThing);
    return {
      files: first.all.length,
      sent: budgeted(first),
      all: first.all.reduce((n, f) => n + f.sent, 0),
      ranked: score.ranked,
      of: queries.length,
      misses: score.misses,
    };
  } finally {
    await browser.close();
    await server.close();
  }
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
  let stopped: string | undefined;
  console.log(
    `Scale: builds with ${ns.slice(1).join(', ')} synthetic articles added (copies of the real one, each with its own quotes), after a baseline of the real content.\n`,
  );
  for (const n of ns) {
    const run = await measure(n);
    if (typeof run === 'string') {
      const skipped = ns.filter((m) => m > n);
      stopped = `+${n} articles: ${run}${skipped.length ? `; larger runs skipped (${skipped.join(', ')})` : ''}.${estimate(runs, n)}`;
      break;
    }
    runs.push(run);
  }
  if (runs.length === 0) return;

  console.log('\nScale results');
  console.log(
    table(
      [
        'added',
        'articles',
        'pages',
        'build',
        'CPU',
        's/article',
        'marginal s/article',
        'marginal CPU s/article',
        'dist',
        'Pagefind index',
        'largest page (raw)',
        `first search (${SCALE_QUERY})`,
        'best bets first',
      ],
      runs.map((r, i) => [
        String(r.added),
        String(r.articles),
        String(r.pages),
        seconds(r.build.seconds),
        r.build.cpuSeconds === undefined ? '–' : seconds(r.build.cpuSeconds),
        (r.build.seconds / r.articles).toFixed(3),
        i === 0 ? '–' : marginal(runs[i - 1]!, r, (x) => x.build.seconds).toFixed(3),
        i === 0 || r.build.cpuSeconds === undefined ? '–' : marginal(runs[i - 1]!, r, cpu).toFixed(3),
        mb(r.distBytes),
        r.pagefindBytes === undefined ? 'no dist/pagefind' : mb(r.pagefindBytes),
        `${r.largest.path} ${kb(r.largest.bytes)}`,
        r.search ? `${kb(r.search.sent)} (all ${kb(r.search.all)}, ${r.search.files} files)` : '–',
        r.search ? `${r.search.ranked} of ${r.search.of}` : '–',
      ]),
    ),
  );
  console.log(
    `(build: wall clock; CPU: user + system seconds of the build; marginal: extra seconds per extra article since the previous row; first search: Pagefind's files, compressed, from ${SEARCH_FROM} (all: with our search code), budget ≤ ${kb(SEARCH_BUDGET_GZIP)}; best bets: the real content's queries whose thing, or a synthetic copy of it, ranks first on /search/)`,
  );
  for (const r of runs) {
    if (r.search && r.search.sent > SEARCH_BUDGET_GZIP)
      console.log(`+${r.added}: first search OVER budget (${kb(r.search.sent)} > ${kb(SEARCH_BUDGET_GZIP)})`);
    for (const miss of r.search?.misses.slice(0, 10) ?? []) console.log(`+${r.added}: best bet missed: ${miss}`);
  }
  if (stopped) console.log(stopped);
  phaseTable(runs);
  renderTable(runs);
  archiveReport(runs);
  console.log(`\n${linearityVerdict(runs)}`);
}

/** Generate, build and measure one N; why not, when the build fails or is stopped. */
async function measure(added: number): Promise<Run | string> {
  const label = added === 0 ? 'baseline (real content)' : `+${added} articles`;
  console.log(`${label}: generating content, building (${loadNote()})…`);
  const content = syntheticContent(added);
  let build: BuildResult | undefined;
  try {
    build = await buildSite({
      contentDir: content,
      timeoutMs: BUILD_LIMIT_MS,
      onProgress: (status) => console.log(`  ${label}: ${status}`),
      progressEveryMs: 15_000,
    });
    if (build.timedOut) {
      const why = `build exceeded ${BUILD_LIMIT_MS / 60_000} minutes and was stopped (${routesOf(build)} routes rendered by then)`;
      console.log(`${label}: ${why}`);
      return why;
    }
    if (!build.ok) {
      console.log(`${label}: build failed after ${seconds(build.seconds)}; its last lines:\n${build.tail.join('\n')}`);
      return `build failed after ${seconds(build.seconds)}`;
    }
    const all = folderStats(build.dist);
    const pagefind = join(build.dist, 'pagefind');
    const run: Run = {
      added,
      articles: added + 1,
      build,
      pages: all.html,
      distBytes: all.bytes,
      largest: all.largest,
      pagefindBytes: existsSync(pagefind) ? folderStats(pagefind).bytes : undefined,
    };
    console.log(`  ${label}: searching it in Chromium…`);
    run.search = await scaleSearch(build.dist);
    console.log(`  ${label}: editing one quote's note and building again…`);
    editOneQuote(content);
    const again = await buildSite({ contentDir: content, root: build.root, timeoutMs: BUILD_LIMIT_MS });
    if (again.ok) {
      run.rebuild = again.seconds;
      run.rebuildCounts = again.counts;
      run.rebuildRendered = rendered(again);
    }
    const cpuNote = build.cpuSeconds === undefined ? '' : ` (CPU ${seconds(build.cpuSeconds)})`;
    console.log(
      `${label}: ${seconds(build.seconds)}${cpuNote}, ${run.pages} pages, ${mb(run.distBytes)}  (${phaseSummary(build)})`,
    );
    return run;
  } finally {
    rmSync(content, { recursive: true, force: true });
    build?.remove();
  }
}

/** What a build of `added` articles should take if the last measured marginal cost held. */
function estimate(runs: Run[], added: number): string {
  if (runs.length < 2) return '';
  const [a, b] = [runs[runs.length - 2]!, runs[runs.length - 1]!];
  const s = b.build.seconds + marginal(a, b, (r) => r.build.seconds) * (added - b.added);
  return ` At the last marginal cost it would take about ${seconds(s)} (${(s / 60).toFixed(1)} min).`;
}

const routesOf = (build: BuildResult) => [...build.sections.values()].reduce((n, s) => n + s.routes, 0);

/** CPU seconds of a build, or wall-clock seconds where the CPU time is unknown. */
const cpu = (r: Run) => r.build.cpuSeconds ?? r.build.seconds;

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
  const slowest = runs.map(
    (r) => `+${r.added}: ${r.build.slowest ? `${r.build.slowest.route} ${r.build.slowest.ms} ms` : '–'}`,
  );
  console.log(`Slowest route (the first to render also loads and renders all content): ${slowest.join('; ')}`);
}

/**
 * Whether the marginal cost per article holds steady as N grows. Judged on CPU time: the
 * machine is shared, and other people's load stretches wall-clock time (and Astro's
 * per-route times) unevenly from one build to the next.
 */
function linearityVerdict(runs: Run[]): string {
  const steps = runs.slice(1).map((r, i) => ({ from: runs[i]!, to: r, cost: marginal(runs[i]!, r, cpu) }));
  const measurable = steps.filter((s) => cpu(s.to) - cpu(s.from) >= MEASURABLE_SECONDS);
  if (measurable.length < 2) {
    return `Linearity: not enough growth to judge (need two steps that each add ≥ ${MEASURABLE_SECONDS} s; try larger N such as --scale 100,1000).`;
  }
  const first = measurable[0]!;
  const last = measurable[measurable.length - 1]!;
  const ratio = last.cost / first.cost;
  const span = `${(first.cost * 1000).toFixed(0)} ms/article (+${first.from.added}→+${first.to.added}) vs ${(last.cost * 1000).toFixed(0)} ms/article (+${last.from.added}→+${last.to.added})`;
  const basis = runs.every((r) => r.build.cpuSeconds !== undefined) ? 'CPU' : 'wall-clock';
  return ratio > SUPERLINEAR_RATIO
    ? `Linearity: NOT LINEAR: the marginal ${basis} cost per article grew ×${ratio.toFixed(1)}: ${span}. See the phase and per-page tables above for where.`
    : `Linearity: looks linear (marginal ${basis} cost per article ×${ratio.toFixed(1)}): ${span}.`;
}

/** File count, HTML page count, total bytes and the biggest HTML page under a folder. */
function folderStats(dir: string) {
  const stats = { files: 0, html: 0, bytes: 0, largest: { path: '', bytes: 0 } };
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const info = statSync(join(dir, name));
    if (!info.isFile()) continue;
    stats.files++;
    stats.bytes += info.size;
    if (!name.endsWith('.html')) continue;
    stats.html++;
    if (info.size > stats.largest.bytes)
      stats.largest = { path: `/${name.replace(/index\.html$/, '')}`, bytes: info.size };
  }
  return stats;
}

/** One quote's note edited, as an editor fixing a word would: the first quote file's annotation gains a word. */
function editOneQuote(content: string): void {
  const dir = join(content, 'quotes');
  const file = join(
    dir,
    readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()[0]!,
  );
  const text = readFileSync(file, 'utf8');
  const edited = text.replace(/^annotation: \|\n {2}/m, '$&Edited. ');
  if (edited === text) throw new Error(`${file}: no \`annotation: |\` to edit`);
  writeFileSync(file, edited);
}

/** How the rebuild made the site's data: its time, and its renders made and reused (src/site/render-cache.ts). */
function rebuiltData(counts: Record<string, number>): string {
  const from = counts['site data: from'];
  const to = counts['site data: to'];
  if (from === undefined || to === undefined) return '';
  const made = counts['site data renders made'] ?? 0;
  const reused = counts['site data renders from the cache'] ?? 0;
  return ` (site data ${seconds((to - from) / 1000)}: ${made} renders made, ${reused} from the cache)`;
}

/** The budgets of a newsroom's archive (issue 22), each judged on the runs measured. */
const ARCHIVE = { articles: 1000, buildSeconds: 120, pageBytes: 200 * 1024, rebuildSeconds: 20, memoryMb: 4096 };

/** Cached steps, memory and the rebuild per N, what a cold build of distinct articles would cost, and the budgets. */
function archiveReport(runs: Run[]) {
  const c = (r: Run, name: string) => r.build.counts[name] ?? 0;
  const avg = (r: Run, name: string) => (c(r, name) ? c(r, `${name}: ms`) / c(r, name) : 0);
  // A shape after the first, which also started citeproc's engines: what one more article's shape costs.
  const shapeMs = (r: Run) =>
    c(r, 'citation shapes formatted') > 1
      ? (c(r, 'citation shapes formatted: ms') - c(r, 'citation engines started: ms')) /
        (c(r, 'citation shapes formatted') - 1)
      : avg(r, 'citation shapes formatted');
  const base = runs[0]!;
  const shapesPerArticle = c(base, 'citation shapes formatted') / base.articles;
  // A real archive's articles differ: every card the copies shared, and each article's own
  // citation shapes, would be made anew, at the per-item times measured here. Cards are
  // drawn by one process per core (src/integrations/share-card-files.ts).
  const cold = (r: Run) =>
    r.build.seconds +
    ((c(r, 'share cards from the cache') * avg(r, 'share cards rendered')) / availableParallelism() +
      Math.max(0, r.articles * shapesPerArticle - c(r, 'citation shapes formatted')) * shapeMs(r)) /
      1000;
  console.log(
    '\nCached steps, memory and a rebuild (the synthetic copies repeat the real article, so most cards and citation shapes are shared)',
  );
  console.log(
    table(
      [
        'added',
        'share cards rendered / from cache',
        'citations / shapes formatted',
        'peak memory',
        'rebuild after one edited quote',
        'cold build of distinct articles (estimate)',
      ],
      runs.map((r) => [
        `+${r.added}`,
        `${c(r, 'share cards rendered')} / ${c(r, 'share cards from the cache')} (${avg(r, 'share cards rendered').toFixed(0)} ms each, ${availableParallelism()} at a time)`,
        `${c(r, 'citations')} / ${c(r, 'citation shapes formatted')} (${shapeMs(r).toFixed(0)} ms each after the first, ${c(r, 'citation engines started: ms').toFixed(0)} ms)`,
        r.build.maxRssMb ? `${(r.build.maxRssMb / 1024).toFixed(2)} GB` : '–',
        r.rebuild === undefined
          ? '–'
          : `${seconds(r.rebuild)}${rebuiltData(r.rebuildCounts ?? {})}, ${r.rebuildRendered} of ${rendered(r.build)} routes rendered`,
        seconds(cold(r)),
      ]),
    ),
  );
  const last = runs.at(-1)!;
  const at1000 =
    last.articles >= ARCHIVE.articles || runs.length < 2
      ? last.build.seconds
      : last.build.seconds + marginal(runs.at(-2)!, last, (r) => r.build.seconds) * (ARCHIVE.articles - last.articles);
  const verdict = (ok: boolean, text: string) => console.log(`${ok ? 'holds' : 'OVER '}  ${text}`);
  console.log(
    `\nArchive budgets (${last.articles >= ARCHIVE.articles ? 'measured' : `extrapolated from +${last.added}`} for ${ARCHIVE.articles} articles):`,
  );
  verdict(at1000 <= ARCHIVE.buildSeconds, `build ${seconds(at1000)} (≤ ${ARCHIVE.buildSeconds} s)`);
  const largest = Math.max(...runs.map((r) => r.largest.bytes));
  verdict(largest <= ARCHIVE.pageBytes, `largest page ${kb(largest)} at any N (≤ ${kb(ARCHIVE.pageBytes)})`);
  if (last.rebuild !== undefined)
    verdict(
      last.rebuild <= ARCHIVE.rebuildSeconds,
      `rebuild after one edited quote ${seconds(last.rebuild)} at +${last.added} (≤ ${ARCHIVE.rebuildSeconds} s)`,
    );
  const memory = Math.max(...runs.map((r) => r.build.maxRssMb ?? 0));
  if (memory)
    verdict(
      memory < ARCHIVE.memoryMb,
      `peak memory ${(memory / 1024).toFixed(2)} GB (< 4 GB; Pagefind's own process not counted)`,
    );
  console.log(`       the real single article builds in ${seconds(base.build.seconds)}`);
}
