import { describe, expect, it } from 'vitest';
import { reader } from '../../helpers/reader.ts';
import { ARTICLE } from '../../helpers/built-site.ts';

describe('copy link', () => {
  const site = reader({ permissions: ['clipboard-read', 'clipboard-write'] });

  it('copies a paragraph’s full address by keyboard, says so, and still goes there', async () => {
    const page = await site.open(ARTICLE);
    const link = page.getByRole('link', { name: /Link to paragraph beginning “Trump’s call for a meeting/ });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${site.base}${ARTICLE}#p-trumps-call-for-a-meeting`);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Link copied' }).innerText())
      .toBe(`Link copied: ${site.base}${ARTICLE}#p-trumps-call-for-a-meeting`);
    expect(page.url()).toBe(`${site.base}${ARTICLE}#p-trumps-call-for-a-meeting`);
    await page.close();
  });

  it('copies a quote’s address with a text fragment that lands on its words', async () => {
    const page = await site.open(ARTICLE);
    const note = page.locator('details[data-quote="zelensky-too-afraid"]');
    await note.locator('summary').click();
    await note.getByRole('link', { name: 'Copy link to this quote' }).click();
    const copied = `${site.base}${ARTICLE}#zelensky-too-afraid:~:text=too%20afraid`;
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(copied);
    const other = await site.open('/');
    await other.goto(copied);
    await expect
      .poll(() => other.evaluate(() => document.querySelector('#zelensky-too-afraid')!.getBoundingClientRect().top))
      .toBeLessThan(900);
    await other.close();
    await page.close();
  });

  it('copies a glossary entry’s address from its page', async () => {
    const page = await site.open('/glossary/sergei-lavrov/');
    await page.getByRole('link', { name: 'Copy link to this entry' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${site.base}/glossary/sergei-lavrov/`);
    expect(page.url()).toBe(`${site.base}/glossary/sergei-lavrov/`);
    await page.close();
  });

  it('copies a citation as plain text from a quote page’s Cite section, and says so', async () => {
    const page = await site.open('/quotes/zelensky-too-afraid/');
    const reference = await page.locator('#cite-mla-reference').innerText();
    expect(reference).toMatch(/^Grove, Thomas, and Matthew Luxmoore\. “Putin Calls Zelensky/);
    await page.getByRole('link', { name: 'Copy MLA 9th edition, works cited' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(reference);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Citation copied' }).count()).toBe(1);
    await page.close();
  });

  it('says gently when a fragment matches nothing', async () => {
    const page = await site.open(`${ARTICLE}#no-such-spot`);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'no longer here' }).count()).toBe(1);
    await page.close();
  });
});
