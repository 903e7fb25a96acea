import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext } from '../../helpers/browser.ts';
import { ARTICLE, sourceText } from '../../helpers/built-site.ts';
import { gzipSync } from 'node:zlib';
import { normalizeText } from '../../../src/text/normalize.ts';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The source's sentences, with its Markdown placeholder links reduced to their words. */
function sourceSentences(): string[] {
  const text = sourceText()
    .replace(/\[([^\]]+)\]\(#\)/g, '$1')
    .replace(/Carnegie Russia\s+Eurasia/, 'Carnegie Russia Eurasia');
  return text
    .split(/\n\s*\n/)
    .flatMap((paragraph) => normalizeText(paragraph).split(/(?<=[.?!]"?)\s+(?=["A-Z])/))
    .map((s) => s.trim())
    .filter(Boolean);
}

describe('the article page', () => {
  it('shows a section heading below the sticky header when opened at its fragment', async () => {
    const context = await newContext(browser, { viewport: { width: 390, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${base}${ARTICLE}#preconditions-on-both-sides`);
    const heading = page.getByRole('heading', { name: 'Preconditions on both sides' });
    await expect.poll(() => heading.isVisible()).toBe(true);
    // Wait for smooth scrolling to settle, then check nothing covers the heading.
    await page.waitForFunction(() => {
      const h = document.getElementById('preconditions-on-both-sides')!.getBoundingClientRect();
      return h.top >= 0 && h.top < window.innerHeight;
    });
    const covered = await page.evaluate(() => {
      const h = document.getElementById('preconditions-on-both-sides')!;
      const r = h.getBoundingClientRect();
      const header = document.querySelector('.site-header')!.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + 5, r.top + r.height / 2);
      return { top: r.top, headerBottom: header.bottom, hitIsHeading: !!hit && h.contains(hit) };
    });
    expect(covered.top).toBeGreaterThanOrEqual(covered.headerBottom);
    expect(covered.hitIsHeading).toBe(true);
    await context.close();
  });

  it('highlights a paragraph opened by its permalink', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${base}${ARTICLE}`);
    const link = page.getByRole('link', { name: /Link to paragraph beginning “The first and only time/ });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#p-the-first-and-only-time');
    const background = await page
      .locator('#p-the-first-and-only-time')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    const plain = await page
      .locator('#p-the-meeting-between-putin-and')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe(plain);
    await context.close();
  });

  it('lets a keyboard user reach a heading permalink and hear its name', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${base}${ARTICLE}`);
    const names: string[] = [];
    for (let i = 0; i < 60 && !names.some((n) => n.startsWith('Link to section')); i++) {
      await page.keyboard.press('Tab');
      names.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return el ? (el.getAttribute('aria-label') ?? el.innerText ?? '').replace(/^#\s*/, '').trim() : '';
        }),
      );
    }
    expect(names[0]).toBe('Skip to content');
    const first = names.find((n) => n.startsWith('Link to section'));
    expect(first).toBe('Link to section “Trump’s push for a meeting”');
    const snapshot = await page.locator('.heading-wrapper').first().ariaSnapshot();
    expect(snapshot).toContain('link "Link to section “Trump’s push for a meeting”"');
    await context.close();
  });

  it('reads whole, in order, with JavaScript disabled', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}${ARTICLE}`);
    const text = normalizeText(await page.locator('article').innerText());
    let from = 0;
    const missing: string[] = [];
    for (const sentence of sourceSentences().slice(1)) {
      const at = text.indexOf(sentence, from);
      if (at < 0) missing.push(sentence);
      else from = at + sentence.length;
    }
    expect(missing).toEqual([]);
    expect(normalizeText(await page.getByRole('heading', { level: 1 }).innerText())).toBe(
      sourceSentences().slice(0, 2).join(' '),
    );
    await context.close();
  });

  it('loads only the small header script, never search code, on first load; the passage-link script once a reader selects', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const scripts: { url: string; bytes: number }[] = [];
    page.on('response', async (r) => {
      if (r.request().resourceType() === 'script')
        scripts.push({ url: new URL(r.url()).pathname, bytes: gzipSync(await r.body()).length });
    });
    await page.goto(`${base}${ARTICLE}`, { waitUntil: 'networkidle' });
    await expect.poll(() => scripts.length).toBe(1);
    expect(scripts.every((s) => !s.url.includes('pagefind') && !s.url.includes('search-ui'))).toBe(true);
    expect(scripts.reduce((sum, s) => sum + s.bytes, 0)).toBeLessThanOrEqual(5 * 1024);
    expect(await page.locator('script:not([type="application/ld+json"]):not([src])').count()).toBe(0);
    // Selecting words loads the passage-link script, and the JavaScript stays within 5 KB.
    await page.locator('#p-trumps-call-for-a-meeting').selectText();
    await expect.poll(() => scripts.some((s) => s.url.includes('passage-links'))).toBe(true);
    expect(scripts.reduce((sum, s) => sum + s.bytes, 0)).toBeLessThanOrEqual(5 * 1024);
    await context.close();
  });
});
