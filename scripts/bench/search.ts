import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.ts';
import { KB, kb, table } from './format.ts';
import { precompress, serve } from './serve.ts';

/** What a reader's first search costs: nothing of it loads before they start. */
export const SEARCH_BUDGET_GZIP = 120 * KB;

/** Queries from the brief: a name, an exact phrase, a place with an event. */
export const SEARCH_QUERIES = ['Stanovaya', '"too afraid"', 'Alaska summit', 'Zelenskyy'];

/**
 * For each query, in a fresh browser profile: open the front page, open the search with
 * `/`, type the query, and measure the bytes fetched from the first key to the first
 * result (as transferred, gzipped by the server) and the time it took.
 */
export async function searchTable(dist: string, over: string[]): Promise<void> {
  precompress(dist);
  const server = await serve(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  const rows: string[][] = [];
  try {
    for (const query of SEARCH_QUERIES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
      const sizes: Promise<number>[] = [];
      page.on('requestfinished', (request) =>
        sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)),
      );
      const started = performance.now();
      await page.keyboard.press('/');
      await page.keyboard.type(query);
      await page.locator('dialog .search-result').first().waitFor({ timeout: 30_000 });
      const ms = performance.now() - started;
      const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
      const results = await page.locator('dialog .search-result').count();
      const ok = bytes <= SEARCH_BUDGET_GZIP;
      if (!ok) over.push(`first search for ${query}: ${kb(bytes)} fetched > ${kb(SEARCH_BUDGET_GZIP)}`);
      rows.push([query, String(results), kb(bytes), `${Math.round(ms)} ms`, ok ? 'under' : 'OVER']);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  // The spellings table loads with the search code, never before: its size is part of the bytes above.
  const spellings = readFileSync(join(dist, 'search-spellings.json'));
  console.log(
    `\nSpellings table (loads with the first search, nothing before it): ${kb(spellings.length)} raw, ${kb(gzipSync(spellings).length)} gzipped`,
  );
  console.log(
    `\nFirst search from the front page (fresh profile; bytes as transferred; time from the first key, typing included; budget ≤ ${kb(SEARCH_BUDGET_GZIP)} fetched)`,
  );
  console.log(table(['query', 'results', 'fetched', 'time', 'budget'], rows));
}
