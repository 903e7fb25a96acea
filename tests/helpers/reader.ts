import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext } from './browser.ts';

/** What a page did that it must not: load from another origin, break the CSP, throw. */
export function watch(page: Page, base: string): string[] {
  const findings: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(base) && !url.startsWith('data:')) findings.push(`request to another origin: ${url}`);
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) findings.push(`CSP: ${m.text()}`);
  });
  page.on('pageerror', (e) => findings.push(`script error: ${e.message}`));
  return findings;
}

/**
 * One browser per test file and a fresh page per visit: `reader()` gives a function that
 * opens a site path like a reader would. Every page a test opens is watched: after each
 * test, no page may have loaded anything from another origin, broken the Content
 * Security Policy or thrown, whatever the test did on it (searching, sharing, opening notes).
 */
export function reader(options: Parameters<typeof newContext>[1] = {}) {
  const base = inject('baseUrl');
  let browser: Browser;
  let context: BrowserContext;
  let findings: string[] = [];
  beforeAll(async () => {
    browser = await launchBrowser({ shared: !options.permissions?.includes('clipboard-read') });
    context = await newContext(browser, options);
  });
  afterEach(() => {
    const found = findings;
    findings = [];
    expect(found, 'what the pages of this test did that they must not').toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    base,
    async open(path: string): Promise<Page> {
      const page = await context.newPage();
      const seen = watch(page, base);
      page.on('close', () => findings.push(...seen));
      await page.goto(`${base}${path}`);
      return page;
    },
  };
}

/**
 * Count layout shifts (not caused by input) from the start of every page the context opens
 * from now on: read the total with `layoutShift(page)`.
 */
export function observeLayoutShift(target: Page | BrowserContext): Promise<unknown> {
  return target.addInitScript(() => {
    const w = window as unknown as { shift: number };
    w.shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!e.hadRecentInput) w.shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shift a page has had so far (see observeLayoutShift). */
export const layoutShift = (page: Page) => page.evaluate(() => (window as unknown as { shift: number }).shift);

/** True when the element with this id is the document's :target and inside the viewport. */
export async function landedOn(page: Page, id: string): Promise<boolean> {
  return page.evaluate((target) => {
    const el = document.getElementById(target);
    if (!el || !el.matches(':target')) return false;
    const r = el.getBoundingClientRect();
    const header = document.querySelector('.site-header')?.getBoundingClientRect();
    const headerBottom =
      header && getComputedStyle(document.querySelector('.site-header')!).position === 'sticky' ? header.bottom : 0;
    return r.top >= headerBottom - 1 && r.top < window.innerHeight;
  }, id);
}

/** The computed background of an element, to tell a highlight from plain text. */
export function background(page: Page, selector: string): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
}
