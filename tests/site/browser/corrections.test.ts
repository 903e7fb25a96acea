import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { reader } from '../../helpers/reader.ts';
import { ARTICLE } from '../../helpers/built-site.ts';

/**
 * What a reader checking a correction does: open an earlier edition at its permanent
 * address and find the words as they stood, and the way back to the current page; read
 * what a correction changed, word by word; follow a marker in the text to its note; and
 * report an error, with the passage's address in the message.
 */
const QUOTE = '/quotes/zelensky-too-afraid/';
const corrections = (
  parse(readFileSync('content/quotes/zelensky-too-afraid.yaml', 'utf8')) as { corrections: unknown[] }
).corrections;

describe('corrections, as a reader checks them', () => {
  const site = reader();

  it('an earlier edition shows the words as they stood, says which edition it is, and leads to the current one', async () => {
    const page = await site.open(`${QUOTE}editions/1/`);
    const banner = page.getByRole('note');
    await expect
      .poll(() => banner.innerText())
      .toMatch(new RegExp(`^Edition 1 of ${corrections.length + 1}, until November 27, 2026\\.`));
    expect(await banner.innerText()).toContain('it is not the current text');
    // The first edition still had the Spiegel interview as the closest record, and the May 14–15 dates.
    const main = page.getByRole('main');
    expect(await main.innerText()).toContain('I think he is afraid.');
    expect(await main.locator('xpath=//dt[.="When"]/following-sibling::dd[1]').innerText()).toBe('May 14–15, 2025');
    await page.getByRole('link', { name: 'Read the current edition' }).click();
    await page.waitForURL(`**${QUOTE}`);
    expect(await page.getByRole('main').innerText()).not.toContain('I think he is afraid.');
    await page.close();
  });

  it('a correction shows what it changed word by word, readable without colour, and links both editions', async () => {
    const page = await site.open(QUOTE);
    const oldest = page.locator('.corrections > ol > li').last();
    await oldest.locator('details.changes > summary').click();
    const diff = oldest.locator('.word-diff').first();
    // Removed and added words are marked up as such, and say so in words.
    expect(await diff.locator('del').first().textContent()).toMatch(/^\[removed: .+\]$/s);
    expect(await diff.locator('ins').first().textContent()).toMatch(/^\[added: .+\]$/s);
    const style = await diff
      .locator('del')
      .first()
      .evaluate((el) => getComputedStyle(el).textDecorationLine);
    expect(style).toBe('line-through');
    await oldest.getByRole('link', { name: /^Edition 2, as it stood after$/ }).click();
    await page.waitForURL(`**${QUOTE}editions/2/`);
    await page.close();
  });

  it('a marker after corrected words leads to the note that changed them', async () => {
    const page = await site.open(QUOTE);
    const marker = page.locator('.prose .correction-mark a').first();
    const name = await marker.getAttribute('aria-label');
    expect(name).toMatch(/^Corrected on November 27, 2026: see the note$/);
    await marker.click();
    const target = await page.evaluate(() => document.querySelector(':target')?.closest('.corrections') !== null);
    expect(target).toBe(true);
    expect(page.url()).toMatch(/#corrections-2026-11-27(-\d)?$/);
    await page.close();
  });

  it('reports an error in a paragraph with its address and edition in the message', async () => {
    const page = await site.open(ARTICLE);
    // The page-level link is a ready message (e-mail by default) naming the page.
    const pageLink = await page.getByRole('link', { name: 'Report an error on this page' }).getAttribute('href');
    expect(decodeURIComponent(pageLink!)).toContain(`Page: https://putin-zelensky.example.org${ARTICLE}`);
    // Point reports at an address on this origin (as an issue tracker's form would be), then
    // use a paragraph's own report link: the message names that paragraph.
    await page.evaluate(() => {
      document.getElementById('report-error')!.dataset.reportTo =
        `${location.origin}/report/?title={title}&body={body}`;
    });
    const paragraph = page.locator('#p-trumps-call-for-a-meeting');
    await paragraph.hover();
    await paragraph.getByRole('link', { name: 'Report an error in this paragraph' }).click();
    await page.waitForURL(/\/report\/\?title=/);
    const body = new URL(page.url()).searchParams.get('body')!;
    expect(body).toContain(`Passage: ${site.base}${ARTICLE}#p-trumps-call-for-a-meeting`);
    expect(body).toMatch(/Edition: \d+/);
    await page.close();
  });
});
