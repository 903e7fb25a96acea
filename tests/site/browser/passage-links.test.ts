import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { reader } from '../../helpers/reader.ts';
import { axeBothSchemes } from '../../helpers/axe.ts';
import { ARTICLE } from '../../helpers/built-site.ts';

/**
 * Link any passage: a reader selects words in the article and copies a link that lands on
 * them (a text fragment on the paragraph’s address), with the mouse, the keyboard and touch.
 */

/** Select the `nth` occurrence of `phrase` in the block with this id, as a reader would. */
async function select(page: Page, block: string, phrase: string, nth = 0): Promise<void> {
  await page.evaluate(
    ({ block, phrase, nth }) => {
      const root = document.getElementById(block)!;
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) nodes.push(walker.currentNode as Text);
      const text = nodes.map((n) => n.data).join('');
      let at = -1;
      for (let i = 0; i <= nth; i++) at = text.indexOf(phrase, at + 1);
      const point = (offset: number): [Text, number] => {
        for (const n of nodes) {
          if (offset <= n.data.length) return [n, offset];
          offset -= n.data.length;
        }
        throw new Error('past the end');
      };
      const range = document.createRange();
      range.setStart(...point(at));
      range.setEnd(...point(at + phrase.length));
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    { block, phrase, nth },
  );
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

describe('link any passage', () => {
  const site = reader({ permissions: ['clipboard-read', 'clipboard-write'] });

  it('offers a link to selected words, copies it by mouse, and the link lands on them', async () => {
    const page = await site.open(ARTICLE);
    const paragraph = page.locator('#p-trumps-call-for-a-meeting');
    const box = await paragraph.boundingBox();
    await select(page, 'p-trumps-call-for-a-meeting', 'puts Putin in a bind');
    const tools = page.getByRole('group', { name: 'Selected passage' });
    await expect.poll(() => tools.isVisible()).toBe(true);
    // Nothing moved, and the new control passes axe in both schemes.
    expect(await paragraph.boundingBox()).toEqual(box);
    expect(await axeBothSchemes(page, { include: '.passage-tools' })).toEqual([]);
    // Screen readers hear where the toolbar is, in the quiet status region (no visible toast).
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'selected passage' }).innerText())
      .toMatch(/selected passage: after this paragraph/);
    await tools.getByRole('button', { name: 'Copy link to this passage' }).click();
    const link = `${site.base}${ARTICLE}#p-trumps-call-for-a-meeting:~:text=puts%20Putin%20in%20a%20bind`;
    await expect.poll(() => clipboard(page)).toBe(link);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Link copied' }).innerText())
      .toBe(`Link copied: ${link}`);

    // A new visit lands on the words (the browser highlights them): the text fragment
    // decides, even with the id of a paragraph far below in the address.
    const other = await site.open('/');
    await other.goto(link.replace('#p-trumps-call-for-a-meeting', '#p-agreement-over-maximalist-peace-terms'));
    const top = (id: string) => other.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, id);
    await expect.poll(() => top('p-trumps-call-for-a-meeting')).toBeGreaterThanOrEqual(0);
    expect(await top('p-trumps-call-for-a-meeting')).toBeLessThan(900);
    expect(await top('p-agreement-over-maximalist-peace-terms')).toBeGreaterThan(900);
    await other.close();

    // Selecting outside the article, or clearing the selection, offers nothing.
    await select(page, 'cite', 'Cite');
    await expect.poll(() => tools.isVisible()).toBe(false);
    await page.close();
  });

  it('tells repeated words apart, works from the keyboard, and Escape dismisses it', async () => {
    const page = await site.open(ARTICLE);
    // “a meeting” is on the page 30 times; this one needs the words before it.
    await select(page, 'p-agreement-over-maximalist-peace-terms', 'a meeting');
    const tools = page.getByRole('group', { name: 'Selected passage' });
    await expect.poll(() => tools.isVisible()).toBe(true);
    // The toolbar follows the paragraph in tab order: from its last control (its report
    // link, after the permalink), Tab reaches it.
    await page.locator('#p-agreement-over-maximalist-peace-terms a.permalink').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-report'))).toBe('');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Copy link to this passage');
    await page.keyboard.press('Enter');
    const link = `${site.base}${ARTICLE}#p-agreement-over-maximalist-peace-terms:~:text=precondition%20for-,a%20meeting,-.%20Those`;
    await expect.poll(() => clipboard(page)).toBe(link);
    await page.keyboard.press('Escape');
    await expect.poll(() => tools.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.closest('p')?.id)).toBe(
      'p-agreement-over-maximalist-peace-terms',
    );

    // The words, not the id, decide where the link lands: even with the id of a paragraph
    // far above, it lands on this occurrence, not on the first “a meeting” on the page.
    const other = await site.open('/');
    await other.goto(link.replace('#p-agreement-over-maximalist-peace-terms', '#p-trumps-call-for-a-meeting'));
    const top = (id: string) => other.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, id);
    await expect.poll(() => top('p-agreement-over-maximalist-peace-terms')).toBeLessThan(900);
    expect(await top('p-agreement-over-maximalist-peace-terms')).toBeGreaterThanOrEqual(0);
    expect(await top('p-trumps-call-for-a-meeting')).toBeLessThan(0);
    await other.close();
    await page.close();
  });

  it('“Cite this passage” shows the passage and its link beside the article’s citations', async () => {
    const page = await site.open(ARTICLE);
    await select(page, 'p-trumps-call-for-a-meeting', 'puts Putin in a bind');
    const tools = page.getByRole('group', { name: 'Selected passage' });
    await expect.poll(() => tools.isVisible()).toBe(true);
    await tools.getByRole('button', { name: 'Cite this passage' }).click();
    const passage = page.locator('[data-cite-passage]');
    await expect.poll(() => passage.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-cite-passage'))).toBe(true);
    expect(await passage.locator('q').innerText()).toBe('puts Putin in a bind');
    expect(await passage.locator('a[data-passage-link]').innerText()).toBe(
      `${site.base}${ARTICLE}#p-trumps-call-for-a-meeting:~:text=puts%20Putin%20in%20a%20bind`,
    );
    expect(await axeBothSchemes(page, { include: '.cite' })).toEqual([]);
    await page.close();
  });
});

describe('link any passage on a touch screen', () => {
  const phone = reader({ viewport: { width: 390, height: 740 }, isMobile: true, hasTouch: true });

  it('shows the control inside the screen under a selection, and a tap on “Cite this passage” works', async () => {
    const page = await phone.open(ARTICLE);
    // A long press cannot be simulated; the script sees only the selection it makes.
    await select(page, 'p-trumps-call-for-a-meeting', 'puts Putin in a bind');
    const tools = page.getByRole('group', { name: 'Selected passage' });
    await expect.poll(() => tools.isVisible()).toBe(true);
    const box = (await tools.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    // Below the selection, where the browser's own selection menu (above it) does not cover it.
    const words = await page.evaluate(() => getSelection()!.getRangeAt(0).getBoundingClientRect().bottom);
    expect(box.y).toBeGreaterThan(words);
    await tools.getByRole('button', { name: 'Cite this passage' }).tap();
    const passage = page.locator('[data-cite-passage]');
    await expect.poll(() => passage.isVisible()).toBe(true);
    expect(await passage.locator('q').innerText()).toBe('puts Putin in a bind');
    await page.close();
  });
});
