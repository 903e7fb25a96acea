import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { kb, table } from './format.ts';
import { htmlFileOf, pageWeight, totalOf } from './page-weight.ts';

/** The pages that carry the timeline chart. */
export const CHART_PAGES: [kind: string, path: string][] = [
  ['front', '/'],
  ['timeline', '/timeline/'],
];

/**
 * The timeline chart's share of a page: its `<figure>` (both drawings, caption and key) and
 * its `<style>` (Astro inlines it), raw and gzipped alone, and what it adds to the page's
 * gzipped first load (gzip compresses the chart better inside the page than alone).
 */
export function chartWeight(
  html: string,
): { raw: number; gzip: number; withoutGzip: number; pageGzip: number } | undefined {
  const figure = /<figure class="tl-chart[\s\S]*?<\/figure>/.exec(html)?.[0];
  if (!figure) return undefined;
  const styles = [...html.matchAll(/<style>[^<]*\.tl-chart[^<]*<\/style>/g)].map((m) => m[0]);
  const chart = Buffer.from(figure + styles.join(''));
  const without = Buffer.from(styles.reduce((h, s) => h.replace(s, ''), html.replace(figure, '')));
  return {
    raw: chart.length,
    gzip: gzipSync(chart, { level: 9 }).length,
    withoutGzip: gzipSync(without, { level: 9 }).length,
    pageGzip: gzipSync(Buffer.from(html), { level: 9 }).length,
  };
}

/** The chart's bytes on each page that has it, for the site report. */
export function chartTable(dist: string) {
  const rows: string[][] = [];
  for (const [kind, path] of CHART_PAGES) {
    const file = htmlFileOf(dist, path);
    if (!existsSync(file)) continue;
    const w = chartWeight(readFileSync(file, 'utf8'));
    if (!w) continue;
    const total = totalOf(pageWeight(dist, path));
    rows.push([kind, kb(w.raw), kb(w.gzip), kb(w.pageGzip - w.withoutGzip), kb(total.gzip)]);
  }
  if (rows.length === 0) return;
  console.log('\nTimeline chart (inline SVG, both drawings, caption and its style; no JavaScript)');
  console.log(table(['page', 'chart raw', 'chart gzip', 'adds to page gzip', 'page first load gzip'], rows));
}
