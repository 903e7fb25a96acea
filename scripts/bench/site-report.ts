import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGET, verdict } from './budgets.ts';
import { buildSite, type BuildResult } from './build.ts';
import { chartTable } from './chart-weight.ts';
import { kb, loadNote, seconds, table } from './format.ts';
import { auditPages, CATEGORIES, type Audit } from './lighthouse.ts';
import { htmlFileOf, pageWeight, totalOf, type Weight } from './page-weight.ts';
import { BUDGETED_KIND, PAGE_KINDS } from './pages.ts';
import { precompress, serve } from './serve.ts';
import { searchTable } from './search.ts';

/**
 * The default bench: one full build of the real content into a temporary folder, then each
 * kind of page's first-load weight and Lighthouse mobile scores, every figure against its
 * budget. Returns the list of figures over budget, for the closing summary.
 */
export async function siteReport(options: { lighthouse: boolean }): Promise<{ failed: boolean; over: string[] }> {
  const over: string[] = [];
  console.log(`Building the site in a private temporary copy of the project (${loadNote()})…`);
  const build = await buildSite({ timeoutMs: 10 * 60_000 });
  const { dist } = build;
  try {
    if (!build.ok) {
      console.log(
        `Build ${build.timedOut ? 'stopped after 10 minutes' : 'failed'}; its last lines:\n${build.tail.join('\n')}`,
      );
      return { failed: true, over };
    }
    const buildOk = build.seconds <= BUDGET.buildSeconds;
    if (!buildOk) over.push(`build ${seconds(build.seconds)} > ${BUDGET.buildSeconds} s`);
    const index = existsSync(join(dist, 'pagefind')) ? 'with search index' : 'NO dist/pagefind search index';
    const cpu = build.cpuSeconds === undefined ? '' : `, CPU ${seconds(build.cpuSeconds)}`;
    console.log(
      `Build (${index}): ${seconds(build.seconds)}  (budget ≤ ${BUDGET.buildSeconds} s: ${verdict(buildOk)}${cpu})`,
    );
    console.log(`  phases: ${phaseSummary(build)}`);
    console.log(`  render time by section: ${sectionSummary(build)}\n`);

    const pages = PAGE_KINDS.filter(([, path]) => existsSync(htmlFileOf(dist, path)));
    const missing = PAGE_KINDS.filter((p) => !pages.includes(p)).map(([kind]) => kind);
    weightTable(dist, pages, over);
    chartTable(dist);
    if (missing.length > 0) console.log(`(not built yet, skipped: ${missing.join(', ')})`);

    await searchTable(dist, over);
    if (options.lighthouse) await lighthouseTable(dist, pages, over);
    else console.log('\nLighthouse skipped (--no-lighthouse).');
    return { failed: false, over };
  } finally {
    build.remove();
  }
}

/** Where the build's time went, phase by phase. */
export const phaseSummary = (build: BuildResult) => build.phases.map(([name, s]) => `${name} ${seconds(s)}`).join(', ');

/** The sections that took longest to render (Astro's per-route times), slowest first. */
const sectionSummary = (build: BuildResult) =>
  [...build.sections]
    .sort(([, a], [, b]) => b.ms - a.ms)
    .slice(0, 4)
    .map(([name, s]) => `${name} ${seconds(s.ms / 1000)} (${s.routes} routes)`)
    .join(', ');

/** The existing page-weight table, plus the article's budget line. */
function weightTable(dist: string, pages: typeof PAGE_KINDS, over: string[]) {
  const cell = (x: Weight) => `${kb(x.raw)} / ${kb(x.gzip)}`;
  const rows: string[][] = [];
  let budgetLine = '';
  for (const [kind, path] of pages) {
    const w = pageWeight(dist, path);
    const total = totalOf(w);
    rows.push([
      kind,
      cell(w.html),
      cell(w.css),
      cell(w.js),
      cell(w.font),
      cell(w.image),
      kb(total.raw),
      kb(total.gzip),
    ]);
    if (kind === BUDGETED_KIND) {
      const totalOk = total.gzip <= BUDGET.articleTotalGzip;
      const jsOk = w.js.gzip <= BUDGET.articleJsGzip;
      if (!totalOk) over.push(`article first load ${kb(total.gzip)} gzipped > ${kb(BUDGET.articleTotalGzip)}`);
      if (!jsOk) over.push(`article JS ${kb(w.js.gzip)} gzipped > ${kb(BUDGET.articleJsGzip)}`);
      budgetLine =
        `Article first load: ${kb(total.gzip)} gzipped (budget ≤ ${kb(BUDGET.articleTotalGzip)}: ${verdict(totalOk)}), ` +
        `of which JS ${kb(w.js.gzip)} (budget ≤ ${kb(BUDGET.articleJsGzip)}: ${verdict(jsOk)})`;
    }
  }
  console.log(
    'First-load weight (raw / gzipped; the files each page links and their static imports, not what loads on interaction)',
  );
  console.log(table(['page', 'html', 'css', 'js', 'fonts', 'images', 'total raw', 'total gzip'], rows));
  if (budgetLine) console.log(`\n${budgetLine}`);
}

/** Lighthouse mobile scores and core metrics of each page, against 100 in every category. */
async function lighthouseTable(dist: string, pages: typeof PAGE_KINDS, over: string[]) {
  precompress(dist);
  const server = await serve(dist);
  console.log(
    `\nLighthouse (mobile, simulated throttling), served gzipped from ${server.origin} (${loadNote()}); budget: ${BUDGET.lighthouseScore} in each category`,
  );
  try {
    const urls = pages.map(([, path]) => `${server.origin}${path}`);
    const results = await auditPages(urls, (url) =>
      process.stdout.write(`  audited ${url.slice(server.origin.length)}\n`),
    );
    const rows: string[][] = [];
    const notes: string[] = [];
    pages.forEach(([kind], i) => {
      const audit = results.get(urls[i]!);
      if (!audit || audit instanceof Error) {
        rows.push([kind, 'error', '', '', '', '', '', '', 'ERROR']);
        notes.push(`${kind}: ${audit?.message ?? 'not audited'}`);
        over.push(`${kind}: Lighthouse did not run`);
        return;
      }
      const low = CATEGORIES.filter((c) => audit.scores[c] < BUDGET.lighthouseScore);
      for (const c of low) over.push(`${kind}: Lighthouse ${c} ${audit.scores[c]} < ${BUDGET.lighthouseScore}`);
      rows.push([
        kind,
        ...CATEGORIES.map((c) => String(audit.scores[c])),
        ...metrics(audit),
        low.length ? 'OVER' : 'under',
      ]);
      notes.push(...audit.losses.map((l) => `${kind}: ${l}`), ...audit.warnings.map((w) => `${kind}: warning: ${w}`));
    });
    console.log(table(['page', 'perf', 'a11y', 'best-pr.', 'seo', 'LCP', 'TBT', 'CLS', 'budget'], rows));
    if (notes.length > 0) console.log(`\nWhat cost points:\n${[...new Set(notes)].map((n) => `  ${n}`).join('\n')}`);
  } finally {
    await server.close();
  }
}

const metrics = (a: Audit) => [`${(a.lcpMs / 1000).toFixed(2)} s`, `${Math.round(a.tbtMs)} ms`, a.cls.toFixed(3)];
