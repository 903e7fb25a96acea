import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext } from './browser.ts';

/**
 * One browser per test file and a fresh page per test: `reader()` gives a function that
 * opens a site path like a reader would.
 */
export function reader(options: Parameters<typeof newContext>[1] = {}) {
  const base = inject('baseUrl');
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, options);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    base,
    async open(path: string): Promise<Page> {
      const page = await context.newPage();
      await page.goto(`${base}${path}`);
      return page;
    },
  };
}

/** True when the element with this id is the document's :target and inside the viewport. */
export async function landedOn(page: Page, id: string): Promise<boolean> {
  return page.evaluate((target) => {
    const el = document.getElementById(target);
    if (!el || !el.matches(':target')) return false;
    const r = el.getBoundingClientRect();
    const header = document.querySelector('.site-header')?.getBoundingClientRect();
    const headerBottom = header && getComputedStyle(document.querySelector('.site-header')!).position === 'sticky' ? header.bottom : 0;
    return r.top >= headerBottom - 1 && r.top < window.innerHeight;
  }, id);
}

/** The computed background of an element, to tell a highlight from plain text. */
export function background(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().evaluate((el) => getComputedStyle(el).backgroundColor);
}
