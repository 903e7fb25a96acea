import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext } from '../../helpers/browser.ts';
import { watch } from '../../helpers/reader.ts';
import { builtPages, fileFor, parsePage } from '../../helpers/built-site.ts';
import { whenSiteBuilt } from '../../helpers/deploy-build.ts';

/**
 * A reader's way through the site built under a sub-path and served by nginx, which
 * serves nothing outside that path: reading, links and fragments, search, sharing and the
 * 404 page must all stay under the base. Every page visited is watched for CSP violations
 * (the header policy and the page's own), requests elsewhere and script errors.
 */
whenSiteBuilt();
const site = inject('siteUrl');
const base = inject('siteBase');
const dist = inject('siteDist');
const ARTICLE = `${base}articles/putin-zelensky-meeting/`;
const origin = new URL(site).origin;

let browser: Browser;
let context: BrowserContext;
let findings: string[] = [];
beforeAll(async () => {
  browser = await launchBrowser({ shared: false });
  context = await newContext(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
});
afterEach(() => {
  const found = findings;
  findings = [];
  expect(found).toEqual([]);
});
afterAll(async () => {
  await browser?.close();
});

/**
 * What the clipboard holds, read from a page on another origin: the site's own
 * Permissions-Policy rightly forbids reading the clipboard on its pages.
 */
async function clipboard(): Promise<string> {
  const page = await context.newPage();
  await page.goto(inject('framerUrl'));
  const text = await page.evaluate(() => navigator.clipboard.readText());
  await page.close();
  return text;
}

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  const seen = watch(page, origin);
  page.on('close', () => findings.push(...seen));
  await page.goto(`${origin}${path}`);
  return page;
}

describe('every address in the base-path build', () => {
  it('every internal link and fragment on every page is under the base and lands', () => {
    const pages = builtPages(dist);
    const broken: string[] = [];
    const ids = new Map<string, Set<string>>();
    for (const page of pages) {
      const tree = parsePage(page, dist);
      for (const el of selectAll('a[href], link[href], script[src], img[src], form[action], meta[content^="/"]', tree)) {
        const value = String(el.properties.href ?? el.properties.src ?? el.properties.action ?? el.properties.content);
        if (/^(https?:|mailto:|#|data:)/.test(value)) {
          if (value.startsWith(origin) || /^https?:\/\/putin-zelensky\.example\.org\/(?!annotated\/)/.test(value)) broken.push(`${page}: ${value} (absolute, outside the base)`);
          continue;
        }
        if (!value.startsWith(base)) {
          broken.push(`${page}: ${value} (not under ${base})`);
          continue;
        }
        const url = new URL(value, 'http://site');
        const path = `/${url.pathname.slice(base.length)}`;
        if (!fileFor(path, dist)) {
          broken.push(`${page}: ${value} (no page)`);
          continue;
        }
        const id = decodeURIComponent(url.hash.slice(1)).split(':~:')[0]!;
        if (!id) continue;
        if (!ids.has(path)) ids.set(path, new Set(selectAll('[id]', parsePage(path, dist)).map((e) => String(e.properties.id))));
        if (!ids.get(path)!.has(id)) broken.push(`${page}: ${value} (no #${id})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('the sitemap, robots.txt, feed, share cards and search index use addresses under the base', () => {
    const absolute = `https://putin-zelensky.example.org${base}`;
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${absolute}articles/putin-zelensky-meeting/</loc>`);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${absolute}sitemap-index.xml`);
    const feed = readFileSync(join(dist, 'feed.xml'), 'utf8');
    expect(feed).toContain(`<link>${absolute}articles/putin-zelensky-meeting/</link>`);
    expect(feed).not.toMatch(/#[a-z-]+\/<\/link>/);
    const html = readFileSync(join(dist, 'quotes/trump-best-friends/index.html'), 'utf8');
    expect(html).toContain(`<meta property="og:image" content="${absolute}og/quotes/trump-best-friends.png"`);
    expect(html).toContain(`"url":"${absolute}quotes/trump-best-friends/"`);
  });

  it('the header marks the page a reader is on, the search page included', () => {
    for (const [file, label] of [['search/index.html', 'Search'], ['quotes/index.html', 'Quotes'], ['index.html', 'Home']] as const) {
      const current = selectAll('header a[aria-current="page"]', parsePage(`/${file}`, dist));
      expect(current.map((a) => [a.properties.href, String((a.children[0] as { value?: string })?.value ?? '').trim()]), file).toEqual([[`${base}${file.replace(/index\.html$/, '')}`, label]]);
    }
  });

  it('the 404 page, shown at any address, names no canonical address of its own', () => {
    const html = readFileSync(join(dist, '404.html'), 'utf8');
    expect(html).not.toMatch(/rel="canonical"|property="og:url"/);
    expect(html).not.toContain(`${base}404/`);
  });
});

describe('a reader through nginx, under the base', () => {
  it('reads the article, follows a mention to its entry and back to the exact spot', async () => {
    const page = await open(ARTICLE);
    expect(await page.locator('h1').innerText()).toContain('Putin Calls Zelensky');
    // The stylesheet arrived: the sticky header is styled.
    expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).display)).not.toBe('inline');
    const mention = page.locator('a.mention[href$="/glossary/sergei-lavrov/"]').first();
    const id = await mention.getAttribute('id');
    await mention.click();
    await page.waitForURL(`**${base}glossary/sergei-lavrov/`);
    await page.locator(`a[href="${ARTICLE}#${id}"]`).click();
    await page.waitForURL(`**${ARTICLE}#${id}`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(id);
    await page.close();
  });

  it('searches from a shared address and from the dialog, and results land under the base, highlighted', async () => {
    const page = await open(`${base}search/?q=Lavrov`);
    const result = page.locator('main .search-result a').first();
    await result.waitFor();
    expect(await result.getAttribute('href')).toMatch(new RegExp(`^${base}`));
    await page.goto(`${origin}${ARTICLE}`);
    await page.keyboard.press('/');
    await page.keyboard.type('too afraid');
    await expect.poll(() => page.getByRole('dialog').getByRole('status').innerText()).toMatch(/for “too afraid”/);
    const hit = page.getByRole('dialog').locator('.search-result a').first();
    await hit.click();
    await page.waitForURL(`**${ARTICLE}?pagefind-highlight=*`);
    await expect.poll(() => page.locator('mark.pagefind-highlight').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('copies links that include the base, and a quote’s link lands on its words', async () => {
    const page = await open(ARTICLE);
    await page.getByRole('link', { name: /Link to paragraph beginning “Trump’s call for a meeting/ }).click();
    await expect.poll(clipboard).toBe(`${origin}${ARTICLE}#p-trumps-call-for-a-meeting`);
    const note = page.locator('details[data-quote="zelensky-too-afraid"]');
    await note.locator('summary').click();
    await note.getByRole('link', { name: 'Copy link to this quote' }).click();
    const copied = `${origin}${ARTICLE}#zelensky-too-afraid:~:text=too%20afraid`;
    await expect.poll(clipboard).toBe(copied);
    await page.goto(copied);
    await expect.poll(() => page.evaluate(() => document.querySelector('#zelensky-too-afraid')!.getBoundingClientRect().top)).toBeLessThan(900);
    await page.close();
  });

  it('answers an unknown address with the 404 page, whose links lead back under the base', async () => {
    const page = await context.newPage();
    const seen = watch(page, origin);
    const response = await page.goto(`${origin}${base}no/such/page/`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Page not found');
    await page.getByRole('main').getByRole('link', { name: 'The front page', exact: true }).click();
    await page.waitForURL(`${origin}${base}`);
    await page.close();
    expect(seen).toEqual([]);
  });
});

describe('framing', () => {
  it('a page on another origin cannot frame the site', async () => {
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (/frame-ancestors/.test(m.text())) blocked.push(m.text());
    });
    await page.goto(inject('framerUrl'));
    await expect.poll(() => blocked.length).toBeGreaterThan(0);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame?.url() ?? '').not.toContain('/articles/putin-zelensky-meeting/');
    await page.close();
  });
});
