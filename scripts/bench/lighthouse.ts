import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Audit {
  /** Score per category, 0–100. */
  scores: Record<Category, number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** The audits that cost points, per category below 100, so the report says why. */
  losses: string[];
  warnings: string[];
}

/** Headless Debian Chromium, kept off the network (see scripts/chromium.ts). */
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

/**
 * Run Lighthouse's default (mobile) configuration on each URL in turn, each in a fresh
 * Chromium: a browser that already failed to fetch /favicon.ico, say, would not ask again,
 * and only the first page audited would be blamed for it. Runs are sequential: on two
 * cores, parallel runs would slow each other's traces and lower the performance scores.
 */
export async function auditPages(
  urls: string[],
  onEach?: (url: string, audit: Audit | Error) => void,
): Promise<Map<string, Audit | Error>> {
  const results = new Map<string, Audit | Error>();
  for (const url of urls) {
    let audit: Audit | Error;
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM_PATH,
      chromeFlags: CHROME_FLAGS,
      logLevel: 'silent',
    });
    try {
      audit = await auditOne(url, chrome.port);
    } catch (error) {
      audit = error instanceof Error ? error : new Error(String(error));
    } finally {
      chrome.kill();
    }
    results.set(url, audit);
    onEach?.(url, audit);
  }
  return results;
}

async function auditOne(url: string, port: number): Promise<Audit> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  const lhr = result?.lhr;
  if (!lhr) throw new Error('Lighthouse returned no result');
  if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const scores = {} as Record<Category, number>;
  const losses: string[] = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    scores[id] = Math.round((category?.score ?? 0) * 100);
    if (!category || scores[id] === 100) continue;
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        const shown = [audit.displayValue, ...detailsOf(audit.details)].filter(Boolean).join('; ');
        losses.push(`${id}: ${audit.title}${shown ? ` (${shown})` : ''}`);
      }
    }
  }
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    scores,
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    losses,
    warnings: lhr.runWarnings.map(String),
  };
}

/** What an audit found, in a few words: the first items of its table (console errors, nodes, URLs). */
function detailsOf(details: unknown): string[] {
  const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  return items.slice(0, 3).map((item) => {
    const node = item.node as { snippet?: string } | undefined;
    const where = (item.sourceLocation as { url?: string } | undefined)?.url;
    const text =
      String(item.description ?? node?.snippet ?? item.url ?? item.source ?? '') + (where ? ` at ${where}` : '');
    return text.replace(/\s+/g, ' ').slice(0, 200);
  });
}
