import { describe, expect, it } from 'vitest';
import { axeBothSchemes, axeViolations } from '../../helpers/axe.ts';
import type { Page } from 'playwright-core';
import { landedOn, layoutShift, observeLayoutShift, reader } from '../../helpers/reader.ts';
import { ARTICLE } from '../../helpers/built-site.ts';
import { rawEntries, readContent } from '../../helpers/content.ts';
import { firstResults } from '../../helpers/search-page.ts';
import { buildSite } from '../../../src/site/build-site.ts';
import { bestBetQueries, bestBets } from '../../../src/search/best-bets.ts';
import { searchRecords } from '../../../src/search/records.ts';
import { fold } from '../../../src/text/normalize.ts';

const site = reader();

/** The titles and links of the results shown on a page. */
async function results(page: Page): Promise<{ title: string; href: string; kind: string }[]> {
  await page.locator('main [data-search-status]:not(:empty)').waitFor();
  return page.locator('main .search-result').evaluateAll((items) =>
    items.map((li) => ({
      title: li.querySelector('.result-title')!.textContent!,
      href: li.querySelector('.result-title a')!.getAttribute('href')!,
      kind: li.querySelector('.result-kind')!.textContent!,
    })),
  );
}

describe('search', () => {
  it('finds Stanovaya’s glossary entry and her quotes, and the results pass axe', async () => {
    const page = await site.open('/search/?q=Stanovaya');
    const found = await results(page);
    expect(found[0]).toMatchObject({
      title: 'Tatiana Stanovaya',
      href: '/glossary/tatiana-stanovaya/?pagefind-highlight=Stanovaya',
    });
    const quotes = found.filter((r) => r.kind.startsWith('Quote · Tatiana Stanovaya'));
    expect(quotes.length).toBe(6);
    expect(await axeViolations(page, { include: 'main' })).toEqual([]);
    await page.close();
  });

  it('finds “too afraid” as a phrase, and its link lands on the quote with the words highlighted (under the CSP)', async () => {
    const page = await site.open(`/search/?q=${encodeURIComponent('"too afraid"')}`);
    const found = await results(page);
    expect(found[0]!.title).toBe('“too afraid”');
    await page.locator('main .search-result a').first().click();
    await page.waitForURL(`**${ARTICLE}?pagefind-highlight=too&pagefind-highlight=afraid#zelensky-too-afraid`);
    expect(await landedOn(page, 'zelensky-too-afraid')).toBe(true);
    await expect.poll(() => page.locator('#zelensky-too-afraid mark.pagefind-highlight').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('finds the Alaska summit among events, and keeps the filter in the address', async () => {
    const page = await site.open('/search/?q=Alaska');
    await results(page);
    await page.getByRole('radio', { name: /Timeline events/ }).check();
    await expect.poll(() => page.url()).toContain('/search/?q=Alaska&kind=event');
    await expect.poll(async () => (await results(page)).every((r) => r.kind.startsWith('Timeline event'))).toBe(true);
    expect((await results(page)).map((r) => r.title)).toContain('Trump and Putin meet in Alaska');
    expect(await page.locator('main [data-count="event"]').innerText()).toBe(`(${(await results(page)).length})`);
    expect(await page.locator('main [data-count="quote"]').innerText()).toMatch(/^\([1-9]\d*\)$/);
    await page.close();
  });

  it('loads search code only once a reader searches, works by keyboard alone (open with /, type, reach a result, open it), returns focus on closing, and the dialog passes axe', async () => {
    const page = await site.open(ARTICLE);
    const fetched = () =>
      page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    expect((await fetched()).filter((p) => p.startsWith('/pagefind/') || p.includes('search-ui'))).toEqual([]);
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search the site' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.keyboard.type('Lavrov');
    await expect.poll(() => dialog.getByRole('status').innerText()).toMatch(/^\d+ results? for “Lavrov”/);
    await dialog.locator('.search-result').first().waitFor();
    expect(await axeViolations(page, { include: 'dialog' })).toEqual([]);
    expect(await fetched()).toContain('/pagefind/pagefind.js');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    // Opened from the header's control, the dialog gives focus back to it when closed.
    await page.locator('a[data-open-search]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Close search' }).click();
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-open-search'))).toBe(true);
    await page.keyboard.press('Control+k');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => !!document.activeElement?.closest('.result-title'));
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/pagefind-highlight=Lavrov/);
    await page.close();
  });

  it('shows a query from the address only as text', async () => {
    const page = await site.open(`/search/?q=${encodeURIComponent('<img src=x onerror="window.__hacked=1">')}`);
    await page.locator('main [data-search-status]:not(:empty)').waitFor();
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __hacked?: number }).__hacked)).toBeUndefined();
    expect(await page.locator('main [data-search-status]').innerText()).toContain(
      '<img src=x onerror="window.__hacked=1">',
    );
    await page.close();
  });

  it('says search needs a build where there is no index (as in astro dev)', async () => {
    const page = await site.open('/');
    await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.keyboard.press('/');
    await page.keyboard.type('Putin');
    const status = page.getByRole('dialog').getByRole('status');
    await expect.poll(() => status.innerText()).toContain('Search needs the built site');
    await page.close();
  });
});

describe('search without JavaScript', () => {
  const plain = reader({ javaScriptEnabled: false });
  it('says search needs JavaScript and offers the other ways in', async () => {
    const page = await plain.open('/search/');
    const notice = page.locator('main .notice');
    expect(await notice.innerText()).toContain('needs JavaScript');
    for (const name of ['quotes', 'people and places', 'timeline'])
      expect(await notice.getByRole('link', { name }).count()).toBe(1);
    await page.close();
  });
});

describe('search knows every spelling', () => {
  let searchPage: Page | undefined;

  /**
   * Result titles and addresses of a search: typed into one search page (its index loaded
   * once), with the kind filter given.
   */
  async function found(query: string, kind = ''): Promise<{ list: string[]; status: string }> {
    searchPage ??= await site.open('/search/');
    const page = searchPage;
    await page.locator(`main input[name="kind"][value="${kind}"]`).check();
    const status = page.locator('main [data-search-status]');
    const before = await status.innerText();
    await page.locator('main input[type="search"]').fill(query);
    await page.locator('main input[type="search"]').press('Enter');
    await expect
      .poll(async () => (await status.innerText()).includes(`for “${query}”`) && (await status.innerText()) !== before)
      .toBe(true);
    const list = (await results(page)).map(
      (r) => `${r.kind} | ${r.title} | ${r.href.replace(/\?pagefind-highlight=[^#]*/, '')}`,
    );
    return { list, status: await status.innerText() };
  }

  it('finds with Zelenskyy, Зеленский and Зеленський exactly what Zelensky finds, ranked alike, and says so', async () => {
    const canonical = await found('Zelensky');
    expect(canonical.list.length).toBeGreaterThan(5);
    for (const variant of ['Zelenskyy', 'Зеленский', 'Зеленський']) {
      const result = await found(variant);
      expect(result.list, variant).toEqual(canonical.list);
      expect(result.status).toContain(
        `for “${variant}” (searched as “Zelensky”, the article’s spelling of “${variant}”)`,
      );
    }
  });

  it('finds the Kyiv entry and its mentions with Kiev, and Putin with Путин', async () => {
    const kiev = await found('Kiev');
    expect(kiev.list[0]).toMatch(/^Place · .* \| Kyiv \| \/glossary\/kyiv\/$/);
    expect(kiev.list.some((r) => r.startsWith('Article text'))).toBe(true);
    const putin = await found('Путин');
    expect(putin.list).toEqual((await found('Putin')).list);
  });

  it('finds a translated quote first by the speaker’s own words', async () => {
    for (const [words, quote] of [
      ['предельно тщательно', '“with the utmost care.”'],
      [
        'без будь-яких умов',
        '“I think we should meet without conditions and explore what further progress there can be on this path to ending the war.”',
      ],
      ['легитимных властей', '“But we will need the signature of the legitimate authorities.”'],
    ]) {
      expect((await found(words!)).list[0], words).toMatch(
        new RegExp(`^Quote · .* \\| ${quote!.replace(/[.?]/g, '\\$&')} \\|`),
      );
    }
  });

  it('offers nothing for a word that is found as typed', async () => {
    expect((await found('sanctions')).list.length).toBeGreaterThan(0);
    expect(await searchPage!.locator('main .search-correction').count()).toBe(0);
  });

  it('keeps a filter with a variant, and highlights the article’s words on arrival', async () => {
    const canonical = await found('Zelensky', 'quote');
    const variant = await found('Zelenskyy', 'quote');
    expect(variant.list).toEqual(canonical.list);
    expect(variant.list.length).toBeGreaterThan(0);
    expect(variant.list.every((r) => r.startsWith('Quote'))).toBe(true);
    // Shared by its address, the filtered variant search is the same, and highlights the article's word.
    const page = await site.open(`/search/?q=${encodeURIComponent('Zelenskyy')}&kind=quote`);
    expect((await results(page))[0]!.href).toContain('pagefind-highlight=Zelensky');
    await page.close();
    await searchPage?.close();
    searchPage = undefined;
  });

  it('offers “Did you mean Stanovaya?” for Stanovya; the link runs that search and updates the address; axe clean', async () => {
    const page = await site.open('/search/?q=Stanovya');
    const offer = page.locator('main .search-correction');
    await offer.waitFor();
    expect(await offer.innerText()).toBe('Did you mean Stanovaya?');
    expect(await page.locator('main [data-search-status]').innerText()).toContain('Did you mean “Stanovaya”?');
    expect(await axeBothSchemes(page, { include: 'main' })).toEqual([]);
    await offer.getByRole('link', { name: 'Stanovaya' }).click();
    await expect.poll(() => page.url()).toContain('/search/?q=Stanovaya');
    await expect.poll(async () => (await results(page))[0]?.title).toBe('Tatiana Stanovaya');
    expect(await page.locator('main .search-correction').count()).toBe(0);
    await page.close();
  });
});

describe('the results by keyboard, and a shared search without a jolt', () => {
  it('moves through results with the arrow keys, back to the field, opens one with Enter', async () => {
    const page = await site.open(ARTICLE);
    await page.keyboard.press('/');
    await page.keyboard.type('Lavrov');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByRole('status').innerText()).toMatch(/for “Lavrov”/);
    const focused = () =>
      page.evaluate(() =>
        (document.activeElement as HTMLElement | null)?.closest('.search-result')
          ? document.activeElement!.textContent
          : document.activeElement?.tagName,
      );
    const titles = await dialog.locator('.result-title a').allInnerTexts();
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(titles[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(titles[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('INPUT');
    expect(await page.locator('#dialog-q').getAttribute('aria-describedby')).toBe('dialog-keys');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/pagefind-highlight=Lavrov/);
    await page.close();
  });

  it('reproduces a shared search from its address, and renders it with no layout shift', async () => {
    const page = await site.open('/');
    await observeLayoutShift(page);
    for (const [width, height] of [
      [390, 740],
      [1280, 900],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(`${site.base}/search/?q=meet&kind=quote&person=Volodymyr+Zelensky`);
      // The form takes the search from the address once the search code has loaded, which
      // may be after the page's load event.
      await expect.poll(() => page.locator('main input[type="search"]').inputValue()).toBe('meet');
      expect(await page.getByRole('radio', { name: /Quotes/ }).isChecked()).toBe(true);
      expect(await page.locator('main select[name="person"]').inputValue()).toBe('Volodymyr Zelensky');
      await expect
        .poll(() => page.locator('main select[name="person"] option:checked').innerText())
        .toMatch(/^Volodymyr Zelensky \([1-9]\d*\)$/);
      const found = await results(page);
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((r) => r.kind.startsWith('Quote · Volodymyr Zelensky'))).toBe(true);
      await page.waitForTimeout(300);
      expect(await layoutShift(page), `${width}px`).toBe(0);
    }
    await page.close();
  });
});

describe('best bets: a query that names a thing puts it first', () => {
  const { data } = buildSite(rawEntries(readContent()));

  /** The addresses of the results a form shows for a query (typed, then Enter), highlight parameters aside. */
  async function shown(page: Page, scope: string, query: string): Promise<string[]> {
    const field = page.locator(`${scope} input[type="search"]`);
    await field.fill(query);
    await field.press('Enter');
    await expect.poll(() => page.locator(`${scope} [data-search-status]`).innerText()).toContain(`for “${query}”`);
    return page
      .locator(`${scope} .search-result .result-title a`)
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!.replace(/\?pagefind-highlight=[^#]*/, '')));
  }

  it('for every name, alias, spelling, quote, quote opening, event title and headline, in any case', async () => {
    const queries = bestBetQueries(data);
    expect(queries.length).toBeGreaterThan(300);
    const page = await site.open('/search/');
    const first = await firstResults(
      page,
      queries.map((q) => q.query),
    );
    const misses = queries.flatMap((q, i) => (first[i] === q.url ? [] : [`${q.query} → ${first[i]} (want ${q.url})`]));
    expect(misses).toEqual([]);
    await page.close();
  });

  it('finds nothing by a date, an address, an id or a kind alone: every result has the words asked for', async () => {
    // What each record may be found by: the words of its text, title and context, and its names.
    const names = new Map(bestBets(data).map((b) => [b.url, b.names.join(' ')]));
    const words = (text: string) => fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
    const findable = new Map(
      searchRecords(data).map((r) => [
        r.url,
        words(`${r.meta.title} ${r.meta.context ?? ''} ${r.content} ${names.get(r.url) ?? ''}`),
      ]),
    );
    // Each word asked for begins one of the record's words, or (Pagefind's answer to a word
    // it does not know, as for “Putins”) one of them, as its English stemmer has it (“Times”
    // is “time”), begins it.
    const stem = (v: string) => v.replace(/(?<=..)s$/, '');
    const has = (url: string, query: string) =>
      words(query).every((w) => findable.get(url)!.some((v) => v.startsWith(w) || w.startsWith(stem(v))));
    const page = await site.open('/search/');
    const spurious: string[] = [];
    for (const query of [
      'December 9, 2019', // the Paris summit's date: on its result, in no text of it
      'August 2025', // the month of Stanovaya's quotes
      '2026-11-27', // the day the sources were checked
      '/quotes/trump-best-friends/',
      '/timeline/#alaska-summit',
      'glossary',
      'timeline',
      'p-trumps-call-for-a-meeting',
      'organisation',
    ]) {
      for (const url of await shown(page, 'main', query)) if (!has(url, query)) spurious.push(`${query} → ${url}`);
    }
    expect(spurious).toEqual([]);
    expect(await shown(page, 'main', 'December 9, 2019')).not.toContain('/timeline/#paris-summit-2019');
    expect(await shown(page, 'main', '2026-11-27')).toEqual([]);
    await page.close();
  });

  it('the header’s dialog and the search page give the same first results', async () => {
    const page = await site.open('/search/');
    const article = await site.open(ARTICLE);
    await article.keyboard.press('/');
    await article.locator('dialog input[type="search"]').waitFor();
    for (const query of ['putin', 'Kremlin leader', '"too afraid"', 'Зеленський', 'meeting']) {
      const inDialog = await shown(article, 'dialog', query);
      const onPage = await shown(page, 'main', query);
      expect(inDialog.length, query).toBeGreaterThan(0);
      expect(inDialog, query).toEqual(onPage.slice(0, inDialog.length));
    }
    await page.close();
    await article.close();
  });
});
