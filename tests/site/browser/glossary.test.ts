import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../helpers/axe.ts';
import { background, landedOn, reader } from '../../helpers/reader.ts';
import { ARTICLE } from '../../helpers/built-site.ts';

const site = reader();

describe('glossary', () => {
  it('goes from a mention to its entry and back to the exact mention, highlighted', async () => {
    const page = await site.open(ARTICLE);
    const mention = page.locator('a.mention[href$="/glossary/sergei-lavrov/"]').first();
    const mentionId = await mention.getAttribute('id');
    await mention.click();
    await page.waitForURL('**/glossary/sergei-lavrov/');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Sergei Lavrov');
    await page.locator(`a[href="${ARTICLE}#${mentionId}"]`).click();
    await page.waitForURL(`**${ARTICLE}#${mentionId}`);
    expect(await landedOn(page, mentionId!)).toBe(true);
    expect(await background(page, `[id="${mentionId}"]`)).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  it('previews an entry when a mention gets keyboard focus, without moving the text; Escape hides it', async () => {
    const page = await site.open(ARTICLE);
    const mention = page.locator('#p-for-putin-this-is-a a.mention[href$="/glossary/tatiana-stanovaya/"]');
    /** The preview as drawn: the link's ::after, its text and whether it shows. */
    const preview = () =>
      mention.evaluate((el) => ({
        shown: getComputedStyle(el, '::after').display !== 'none',
        text: getComputedStyle(el, '::after').content,
      }));
    const paragraph = page.locator('#p-for-putin-this-is-a');
    const layout = () =>
      paragraph.evaluate((el: HTMLElement) => [el.offsetTop, el.offsetLeft, el.offsetWidth, el.offsetHeight]);
    const before = await layout();
    expect((await preview()).shown).toBe(false);
    // Reach the link by keyboard from the element just before it.
    await page.locator('#p-for-putin-this-is-a a.mention[href$="/glossary/russia/"]').focus();
    for (let i = 0; i < 5 && !(await mention.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect.poll(async () => (await preview()).shown).toBe(true);
    // The preview is the link's accessible description; the drawing adds nothing to its name.
    expect(await mention.getAttribute('aria-description')).toBe(
      'Tatiana Stanovaya · Senior Fellow, Carnegie Russia Eurasia Center',
    );
    expect((await preview()).text).toContain('Tatiana Stanovaya · Senior Fellow, Carnegie Russia Eurasia Center');
    const snapshot = await mention.ariaSnapshot();
    expect(snapshot).toContain('link "Tatiana Stanovaya"');
    expect(await layout()).toEqual(before);
    // axe on the previewing paragraph (every page is checked whole in pages.test.ts).
    expect(await axeViolations(page, { include: '#p-for-putin-this-is-a' })).toEqual([]);
    // Escape dismisses it without moving focus.
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await preview()).shown).toBe(false);
    expect(await mention.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });

  it('lists every entry by kind with mention counts', async () => {
    const page = await site.open('/glossary/');
    for (const kind of ['People', 'Places', 'Organizations'])
      expect(await page.getByRole('heading', { level: 2, name: kind }).count()).toBe(1);
    const putin = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Vladimir Putin', exact: true }) });
    expect(await putin.innerText()).toMatch(/President of Russia · \d+ mentions/);
    await page.close();
  });

  it('shows a person’s quotes and timeline events on their page', async () => {
    const page = await site.open('/glossary/volodymyr-zelensky/');
    expect(await page.getByRole('heading', { name: /^Quotes \(3\)$/ }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: /^On the timeline/ }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Putin and Zelensky meet in Paris' }).count()).toBe(1);
    await page.close();
  });
});
