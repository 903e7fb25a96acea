import { describe, expect, it } from 'vitest';
import { axeBothSchemes } from '../../helpers/axe.ts';
import { background, landedOn, reader } from '../../helpers/reader.ts';
import { ARTICLE, builtPages } from '../../helpers/built-site.ts';

const site = reader();
const QUOTES = builtPages().filter((p) => /^\/quotes\/[^/]+\/$/.test(p)).length;

describe('quotes', () => {
  // One quote stands for all: static.test.ts checks that every quote page leads to its anchored quote.
  it.each(['stanovaya-imagined-putin'])(
    '“Read in context” on /quotes/%s/ lands on the highlighted quote',
    async (id) => {
      const page = await site.open(`/quotes/${id}/`);
      await page.getByRole('link', { name: 'Read in context' }).click();
      await page.waitForURL(`**${ARTICLE}#${id}`);
      expect(await landedOn(page, id)).toBe(true);
      const quote = page.locator(`[id="${id}"]`);
      expect(await quote.getAttribute('class')).toBe('quote');
      expect(await background(page, `[id="${id}"]`)).not.toBe('rgba(0, 0, 0, 0)');
      await page.close();
    },
  );

  it('opens a quote’s annotation by keyboard, without leaving the page', async () => {
    const page = await site.open(ARTICLE);
    const note = page.locator('details[data-quote="stanovaya-not-a-player"]');
    const summary = note.locator('summary');
    await summary.focus();
    expect(await note.locator('.note-body').isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    await expect.poll(() => note.locator('.note-body').isVisible()).toBe(true);
    expect(await note.locator('.note-body').textContent()).toContain('What it means');
    expect(page.url()).toBe(`${site.base}${ARTICLE}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => note.locator('.note-body').isVisible()).toBe(false);
    await page.close();
  });

  it('has no accessibility violations with every note open, in light and dark', async () => {
    const page = await site.open(ARTICLE);
    await page.locator('details.quote-note').evaluateAll((notes) => notes.forEach((n) => n.setAttribute('open', '')));
    expect(await axeBothSchemes(page, { include: 'details.quote-note' })).toEqual([]);
    await page.close();
  });

  it('prints the notes open and leaves the site chrome off the page', async () => {
    const page = await site.open(ARTICLE);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('details[data-quote="charap-not-ready"] .note-body').isVisible()).toBe(true);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    await page.close();
  });

  it('links the speaker to the glossary in each note (in its own words, no separate “About” link)', async () => {
    const page = await site.open(ARTICLE);
    const note = page.locator('details[data-quote="charap-not-ready"]');
    await note.locator('summary').click();
    await note.getByRole('link', { name: 'Samuel Charap', exact: true }).click();
    await page.waitForURL('**/glossary/samuel-charap/');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Samuel Charap');
    await page.close();
  });

  it('lists every quote in article order and by speaker', async () => {
    const page = await site.open('/quotes/');
    const inOrder = page.locator('#in-article-order ~ ol > li');
    expect(await inOrder.count()).toBe(QUOTES);
    expect(await inOrder.first().innerText()).toContain('They haven’t been exactly best friends');
    expect(await page.getByRole('heading', { name: /Tatiana Stanovaya \(6\)/ }).count()).toBe(1);
    await page.close();
  });

  it('steps to the next quote from a quote page', async () => {
    const page = await site.open('/quotes/trump-best-friends/');
    await page.getByRole('link', { name: /Next quote/ }).click();
    await page.waitForURL('**/quotes/lavrov-utmost-care/');
    await page.close();
  });
});
