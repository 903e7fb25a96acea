import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { selectAll, select } from 'hast-util-select';
import { builtPages, fileFor, parsePage } from './site.ts';
import { reader } from './reader.ts';
import { ARTICLE } from './site.ts';
import { checkBuild } from '../../scripts/links.ts';

/** Width and height of a PNG, read from its header. */
function pngSize(file: string): { width: number; height: number; signature: string } {
  const bytes = readFileSync(file);
  return { signature: bytes.subarray(1, 4).toString('ascii'), width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const meta = (tree: ReturnType<typeof parsePage>, key: string) =>
  select(`meta[property="${key}"], meta[name="${key}"]`, tree)?.properties.content as string | undefined;

describe('share cards and discovery', () => {
  it.each(builtPages())('%s has Open Graph and Twitter tags and a 1200×630 PNG card', (path) => {
    const tree = parsePage(path);
    for (const key of ['og:title', 'og:description', 'og:url', 'og:image', 'og:image:alt', 'twitter:card', 'twitter:image']) {
      expect(meta(tree, key), key).toBeTruthy();
    }
    expect(meta(tree, 'twitter:card')).toBe('summary_large_image');
    const image = new URL(meta(tree, 'og:image')!).pathname;
    const file = fileFor(image);
    expect(file, image).toBeTruthy();
    expect(pngSize(file!)).toEqual({ signature: 'PNG', width: 1200, height: 630 });
    expect(select('link[rel="canonical"]', tree)?.properties.href).toBe(meta(tree, 'og:url'));
  });

  it('publishes a sitemap of every reading page, robots.txt and a feed', () => {
    const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
    const locs = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toContain(ARTICLE);
    expect(locs).toContain('/quotes/trump-best-friends/');
    expect(locs).not.toContain('/404/');
    expect(readFileSync('dist/robots.txt', 'utf8')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
    const feed = readFileSync('dist/feed.xml', 'utf8');
    expect(feed).toContain('<title>Putin Calls Zelensky the West’s Illegitimate Puppet. Can He Talk Peace With Him?</title>');
    expect(feed).toContain(`${ARTICLE}</link>`);
  });

  it('marks external links noopener noreferrer', () => {
    const bad: string[] = [];
    for (const path of builtPages()) {
      for (const a of selectAll('a[href^="http"]', parsePage(path))) {
        const rel = String((a.properties.rel as string[] | undefined)?.join(' ') ?? '');
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) bad.push(`${path}: ${a.properties.href}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('links that last', () => {
  it('every published link still resolves, and the manifest is current', () => {
    expect(checkBuild()).toBe('');
  });
});

describe('copy link', () => {
  const site = reader({ permissions: ['clipboard-read', 'clipboard-write'] });

  it('copies a paragraph’s full address by keyboard, says so, and still goes there', async () => {
    const page = await site.open(ARTICLE);
    const link = page.getByRole('link', { name: /Link to paragraph beginning “Trump’s call for a meeting/ });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.base}${ARTICLE}#p-trumps-call-for-a-meeting`);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Link copied' }).innerText()).toBe(
      `Link copied: ${site.base}${ARTICLE}#p-trumps-call-for-a-meeting`,
    );
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
    await expect.poll(() => other.evaluate(() => document.querySelector('#zelensky-too-afraid')!.getBoundingClientRect().top)).toBeLessThan(900);
    await other.close();
    await page.close();
  });

  it('copies a glossary entry’s address from its page', async () => {
    const page = await site.open('/glossary/sergei-lavrov/');
    await page.getByRole('link', { name: 'Copy link to this entry' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.base}/glossary/sergei-lavrov/`);
    expect(page.url()).toBe(`${site.base}/glossary/sergei-lavrov/`);
    await page.close();
  });

  it('says gently when a fragment matches nothing', async () => {
    const page = await site.open(`${ARTICLE}#no-such-spot`);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'no longer here' }).count()).toBe(1);
    await page.close();
  });
});
