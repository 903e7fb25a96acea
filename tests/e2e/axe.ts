import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext } from './browser.ts';
import { builtPages } from './site.ts';

/** axe's rule tags for WCAG 2.2 level AA (with the A and 2.0/2.1 rules it includes). */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Run axe (WCAG 2.2 AA) on every built page in one color scheme, one test per page so a
 * failure names the page. Each scheme has its own test file, so the two run in parallel.
 */
export function axeEveryPage(scheme: 'light' | 'dark') {
  const base = inject('baseUrl');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, { colorScheme: scheme });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe(`axe, WCAG 2.2 AA, ${scheme} scheme`, () => {
    it.each(builtPages())('%s has no violations', async (path) => {
      await page.goto(`${base}${path}`);
      const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      const report = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(report).toEqual([]);
    });
  });
}
