import { describe, expect, it } from 'vitest';
import { reader } from '../../helpers/reader.ts';

const site = reader();

describe('the 404 page', () => {
  it('answers an unknown address with a page that leads back', async () => {
    const page = await site.open('/no/such/page/');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Page not found');
    for (const name of ['The front page', 'Quotes', 'People & places', 'Timeline']) {
      expect(await page.getByRole('main').getByRole('link', { name, exact: true }).count(), name).toBe(1);
    }
    await page
      .getByRole('main')
      .getByRole('link', { name: /Putin Calls Zelensky/ })
      .click();
    await page.waitForURL('**/articles/putin-zelensky-meeting/');
    await page.close();
  });
});
