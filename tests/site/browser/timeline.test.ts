import { describe, expect, it } from 'vitest';
import { landedOn, reader } from '../../helpers/reader.ts';
import { ARTICLE } from '../../helpers/built-site.ts';

const site = reader({ viewport: { width: 1280, height: 800 } });
describe('timeline', () => {
  // One event stands for all: static.test.ts checks every event's id is on the page.
  it.each(['zelensky-in-ankara'])('/timeline/#%s lands on the event, highlighted', async (id) => {
    const page = await site.open(`/timeline/#${id}`);
    expect(await landedOn(page, id)).toBe(true);
    await page.close();
  });

  it('lists events in date order under year markers, dates at their precision', async () => {
    const page = await site.open('/timeline/');
    const years = await page.locator('.year-marker').allInnerTexts();
    expect(years).toEqual([...years].sort());
    const proposed = page.locator('#proposed-putin-zelensky-meeting');
    expect(await proposed.locator('time').first().innerText()).toBe('August 2025');
    expect(await proposed.locator('time').first().getAttribute('datetime')).toBe('2025-08');
    expect(await proposed.getAttribute('class')).toContain('status-proposed');
    expect(await page.locator('#talks-decree .date-range').innerText()).toBe('September 30 – October 4, 2022');
    await page.close();
  });

  it('leads from an article marker to its event and back to the marker', async () => {
    const page = await site.open(ARTICLE);
    const marker = page.locator('a.event-marker[href="/timeline/#paris-summit-2019"]').first();
    const markerId = await marker.getAttribute('id');
    await marker.click();
    await page.waitForURL('**/timeline/#paris-summit-2019');
    expect(await landedOn(page, 'paris-summit-2019')).toBe(true);
    await page.locator(`#paris-summit-2019 a[href="${ARTICLE}#${markerId}"]`).click();
    await page.waitForURL(`**#${markerId}`);
    expect(await landedOn(page, markerId!)).toBe(true);
    await page.close();
  });

  it('leads from an event to its sources and its corrections in full, a link away', async () => {
    const page = await site.open('/timeline/#zelensky-in-ankara');
    await page
      .locator('#zelensky-in-ankara')
      .getByRole('link', { name: /^Sources \(\d+\) for “/ })
      .click();
    await page.waitForURL('**/timeline/zelensky-in-ankara/#sources');
    expect(await landedOn(page, 'sources')).toBe(true);
    // A source opens to its evidence, without JavaScript's help (a native disclosure).
    const source = page.locator('#sources ~ ul.sources details').first();
    await source.locator('summary').click();
    expect(await source.locator('blockquote').isVisible()).toBe(true);
    // A correction's address on the timeline still lands there, and leads to it in full.
    await page.goto(`${site.base}/timeline/#zelensky-in-ankara-corrections-2026-12-03`);
    expect(await landedOn(page, 'zelensky-in-ankara-corrections-2026-12-03')).toBe(true);
    await page.locator('#zelensky-in-ankara-corrections-2026-12-03 a').click();
    await page.waitForURL('**/timeline/zelensky-in-ankara/#corrections-2026-12-03');
    expect(await landedOn(page, 'corrections-2026-12-03')).toBe(true);
    expect(await page.locator('#corrections-2026-12-03').innerText()).toContain('Why:');
    await page.close();
  });

  it('filters by kind with plain links that can be shared', async () => {
    const page = await site.open('/timeline/');
    await page.getByRole('link', { name: /^Summits \(\d+\)$/ }).click();
    await page.waitForURL('**/timeline/summit/');
    const kinds = await page.locator('li.event').evaluateAll((els) => els.map((el) => el.className));
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((c) => c.includes('kind-summit'))).toBe(true);
    expect(await page.getByRole('link', { name: /^Summits/ }).getAttribute('aria-current')).toBe('page');
    await page.close();
  });
});
