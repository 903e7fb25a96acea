import { chromium, type Browser, type Page } from 'playwright-core';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.ts';
import { KB, kb, loadNote, table } from './format.ts';
import { precompress, serve } from './serve.ts';
import { ROOT } from './workspace.ts';
import { buildSite as siteData } from '../../src/site/build-site.ts';
import { bestBetQueries, type NamedQuery } from '../../src/search/best-bets.ts';
import { rawEntries, readContent } from '../../tests/helpers/content.ts';
import { firstResults } from '../../tests/helpers/search-page.ts';

/**
 * What a reader's first search may cost, as the issue measures it: Pagefind's files (its
 * code and WebAssembly, our index, the fragments of the results shown, the filter indexes
 * of the counts), bodies as sent (gzip), everything until the search has settled. Our own
 * search code and spellings table are reported beside it. Nothing loads before the reader
 * starts.
 */
export const SEARCH_BUDGET_GZIP = 110 * KB;

/** Pagefind's files, which the budget counts. */
export const isPagefind = (f: { path: string }) => f.path.includes('/pagefind/');

/** The page the first search starts from, as the issue measured it. */
export const SEARCH_FROM = '/articles/putin-zelensky-meeting/';

/** Queries from the brief: a name, an exact phrase, a place with an event, another spelling. */
export const SEARCH_QUERIES = ['Putin', 'Stanovaya', '"too afraid"', 'Alaska summit', 'Zelenskyy'];

/** A brisk reader's typing: milliseconds between keys. */
const KEY_DELAY_MS = 100;

/** One fetch of a first search. */
interface Fetched {
  path: string;
  /** The body as sent (compressed when the server compressed it). */
  sent: number;
  /** The body as decoded. */
  raw: number;
  headers: number;
}

/** What one first search cost. */
export interface FirstSearch {
  query: string;
  results: number;
  /** From the first key to the first results shown, and from the last key to the query's own results. */
  firstMs: number;
  afterLastKeyMs: number;
  /** Fetched by the time the first results showed, and in all once the search settled. */
  byFirst: Fetched[];
  all: Fetched[];
}

const total = (list: Fetched[], key: 'sent' | 'raw' | 'headers') => list.reduce((n, f) => n + f[key], 0);

/** The compressed bytes the budget counts: Pagefind's files, once the search has settled. */
export const budgeted = (s: FirstSearch) => total(s.all.filter(isPagefind), 'sent');

/** When things happened in the page of a first search (performance.now()). */
interface Timings {
  keys: number[];
  first: number;
  answered: number;
}

/**
 * One first search in a fresh browser profile: open the article page, open the search
 * with `/` (the field has focus: loading starts), type the query at a reader's pace, and
 * record every fetch with its bytes (from the browser's network events, which also see a
 * worker's fetches), until the search has settled. Times are taken in the page.
 */
export async function firstSearch(browser: Browser, origin: string, query: string, dist: string): Promise<FirstSearch> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}${SEARCH_FROM}`, { waitUntil: 'networkidle' });
    const fetched: Promise<Fetched & { at: number }>[] = [];
    page.on('requestfinished', (request) => {
      const at = Date.now();
      fetched.push(
        (async () => {
          const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
          const body = await response?.body().catch(() => undefined);
          return {
            path: new URL(request.url()).pathname,
            sent: sizes.responseBodySize,
            raw: body?.length ?? sizes.responseBodySize,
            headers: sizes.responseHeadersSize,
            at,
          };
        })(),
      );
    });
    // In the page: each key typed, the first results shown, the query's own results (epoch ms).
    await page.evaluate((q) => {
      const now = () => performance.timeOrigin + performance.now();
      const t = { keys: [] as number[], first: 0, answered: 0 };
      (window as unknown as { searchTimes: typeof t }).searchTimes = t;
      document.addEventListener('keydown', (e) => e.key !== '/' && t.keys.push(now()), true);
      const dialog = document.querySelector('dialog')!;
      new MutationObserver(() => {
        if (!t.first && dialog.querySelector('.search-result')) t.first = now();
        if (!t.answered && dialog.querySelector('[data-search-status]')?.textContent?.includes(`for “${q}”`))
          t.answered = now();
      }).observe(dialog, { subtree: true, childList: true, characterData: true });
    }, query);
    await page.keyboard.press('/');
    await page.locator('dialog input[type="search"]:focus').waitFor();
    await page.keyboard.type(query, { delay: KEY_DELAY_MS });
    await page.waitForFunction(
      () => (window as unknown as { searchTimes: Timings }).searchTimes.answered > 0,
      undefined,
      { timeout: 60_000 },
    );
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const times = await page.evaluate(() => (window as unknown as { searchTimes: Timings }).searchTimes);
    // The browser reports a worker's script without its body: count the file as served.
    const all = (await Promise.all(fetched)).map((f) => {
      const file = join(dist, decodeURIComponent(f.path));
      if (f.sent > 0 || !existsSync(file) || !statSync(file).isFile()) return f;
      const raw = statSync(file).size;
      return { ...f, raw, sent: existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : raw };
    });
    return {
      query,
      results: await page.locator('dialog .search-result').count(),
      firstMs: times.first - times.keys[0]!,
      afterLastKeyMs: times.answered - times.keys.at(-1)!,
      byFirst: all.filter((f) => f.at <= times.first),
      all,
    };
  } finally {
    await context.close();
  }
}

/** The content-derived best-bets set (src/search/best-bets.ts) of the content in `dir`. */
export function namedQueries(dir = join(ROOT, 'content')): NamedQuery[] {
  return bestBetQueries(siteData(rawEntries(readContent(dir))).data);
}

/**
 * How many queries of the set rank their thing first on the built site's /search/ page,
 * in one page; `same` says when a first result counts as the one wanted (the scale bench
 * accepts a synthetic copy of a quote for the quote).
 */
export async function rankingScore(
  browser: Browser,
  origin: string,
  queries: NamedQuery[],
  same: (got: string, want: string) => boolean = (a, b) => a === b,
): Promise<{ ranked: number; misses: string[] }> {
  const page: Page = await browser.newPage();
  try {
    await page.goto(`${origin}/search/`);
    const first = await firstResults(
      page,
      queries.map((q) => q.query),
    );
    const misses = queries.flatMap((q, i) =>
      same(first[i]!, q.url) ? [] : [`${q.query} → ${first[i] || 'nothing'} (wants ${q.url})`],
    );
    return { ranked: queries.length - misses.length, misses };
  } finally {
    await page.close();
  }
}

/** A percentage with one decimal. */
const percent = (n: number, of: number) => `${((100 * n) / Math.max(of, 1)).toFixed(1)}%`;

/**
 * The search report: each first search's requests, bytes (compressed and raw) and times,
 * against the budget, and the ranking score over the content-derived set.
 */
export async function searchTable(dist: string, over: string[], queries = namedQueries()): Promise<void> {
  precompress(dist);
  const server = await serve(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  try {
    const rows: string[][] = [];
    for (const query of SEARCH_QUERIES) {
      const s = await firstSearch(browser, server.origin, query, dist);
      const ok = budgeted(s) <= SEARCH_BUDGET_GZIP;
      if (!ok) over.push(`first search for ${query}: ${kb(budgeted(s))} > ${kb(SEARCH_BUDGET_GZIP)}`);
      rows.push([
        query,
        String(s.results),
        `${s.byFirst.length} / ${s.all.length}`,
        `${kb(total(s.byFirst.filter(isPagefind), 'sent'))} / ${kb(budgeted(s))}`,
        kb(total(s.all, 'sent')),
        kb(total(s.all, 'raw')),
        kb(total(s.all, 'headers')),
        `${Math.round(s.firstMs)} ms`,
        `${Math.round(s.afterLastKeyMs)} ms`,
        ok ? 'under' : 'OVER',
      ]);
    }
    // The spellings table loads with the search code, never before: its size is part of the bytes above.
    const spellings = readFileSync(join(dist, 'search-spellings.json'));
    console.log(
      `\nSpellings table (loads with the first search, nothing before it): ${kb(spellings.length)} raw, ${kb(gzipSync(spellings).length)} gzipped`,
    );
    console.log(
      `\nFirst search from ${SEARCH_FROM} (fresh profile; the search opened with “/”, then the query typed at ${KEY_DELAY_MS} ms a key; ${loadNote()})`,
    );
    console.log(
      `files: by the first results shown / once settled (the kind and person counts come after); Pagefind: its files, compressed, by the first results / settled, the budget (≤ ${kb(SEARCH_BUDGET_GZIP)}); all: with our search code and spellings, settled, compressed and raw`,
    );
    console.log(
      table(
        [
          'query',
          'shown',
          'files',
          'Pagefind',
          'all',
          'all raw',
          'headers',
          'first key → results',
          'last key → its results',
          'budget',
        ],
        rows,
      ),
    );

    const score = await rankingScore(browser, server.origin, queries);
    const all = score.ranked === queries.length;
    if (!all) over.push(`best bets: ${queries.length - score.ranked} of ${queries.length} queries do not rank first`);
    console.log(
      `\nBest bets: ${score.ranked} of ${queries.length} content-derived queries (${percent(score.ranked, queries.length)}) rank the thing they name first on /search/ (every name, alias and spelling, quote words and openings, event title and headline, as written and in lower and upper case; budget: all)`,
    );
    for (const miss of score.misses.slice(0, 20)) console.log(`  miss: ${miss}`);
    if (score.misses.length > 20) console.log(`  … and ${score.misses.length - 20} more`);
  } finally {
    await browser.close();
    await server.close();
  }
}
