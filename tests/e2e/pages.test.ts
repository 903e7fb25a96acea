import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, newContext } from './browser.ts';
import { axeBothSchemes } from './axe.ts';
import { builtPages } from './site.ts';
import { watch } from './reader.ts';

/**
 * One visit per built page runs every check that needs a browser and reads the page as it
 * loads: WCAG 2.2 AA with axe in the light and the dark scheme, no Content Security Policy
 * violation, no request to another origin, no script error. Visits run a few at a time in
 * one browser. (Checks that read the built HTML need no browser: tests/e2e/static.test.ts.)
 */
const base = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser);
});
afterAll(async () => {
  await browser?.close();
});

describe.concurrent('every page, one visit: axe in both schemes, CSP, requests, errors', () => {
  it.each(builtPages())('%s', async (path) => {
    const page = await context.newPage();
    const findings = watch(page, base);
    await page.goto(`${base}${path}`, { waitUntil: 'load' });
    findings.push(...(await axeBothSchemes(page)));
    await page.close();
    expect(findings).toEqual([]);
  });
});
