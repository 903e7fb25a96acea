import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { select } from 'hast-util-select';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext } from './browser.ts';
import { builtPages, parsePage } from './site.ts';

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

/** Open a page and record every request it makes and every CSP violation it reports. */
async function watch(path: string, act?: (page: Page) => Promise<void>) {
  const page = await context.newPage();
  const requests: string[] = [];
  const violations: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  await act?.(page);
  await page.close();
  return { foreign: requests.filter((u) => !u.startsWith(base) && !u.startsWith('data:')), violations };
}

describe('security', () => {
  it.each(builtPages())('%s: strict CSP, no third-party requests, no violations', async (path) => {
    const csp = select('meta[http-equiv="content-security-policy"]', parsePage(path))?.properties.content as string;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(await watch(path)).toEqual({ foreign: [], violations: [] });
  });

  it('search works under the CSP, with no violations', async () => {
    const result = await watch('/search/?q=Alaska', async (page) => {
      await page.locator('main .search-result').first().waitFor();
    });
    expect(result).toEqual({ foreign: [], violations: [] });
  });

  it('highlighting search terms works under the CSP', async () => {
    const result = await watch('/articles/putin-zelensky-meeting/?pagefind-highlight=Alaska', async (page) => {
      await page.locator('mark.pagefind-highlight').first().waitFor();
    });
    expect(result).toEqual({ foreign: [], violations: [] });
  });
});
