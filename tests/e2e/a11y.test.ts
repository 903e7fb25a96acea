import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext } from './browser.ts';
import { builtPages } from './site.ts';

const base = inject('baseUrl');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`every built page has zero violations in the ${scheme} scheme`, async () => {
      const context = await newContext(browser, { colorScheme: scheme });
      const report: string[] = [];
      for (const path of builtPages()) {
        const page = await context.newPage();
        await page.goto(`${base}${path}`);
        const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
        for (const v of results.violations) {
          report.push(`${path}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        }
        await page.close();
      }
      await context.close();
      expect(report).toEqual([]);
    });
  }
});
