import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { buildInto, contentWith } from '../helpers/build-fixture.ts';
import { checkBuild, pagesIn } from '../../scripts/links.ts';
import { checkLinks, manifestOf, type LinkManifest } from '../../src/links/manifest.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { axeBothSchemes } from '../helpers/axe.ts';

/**
 * One real build of the content as an editor might change it over time, where the build
 * itself is the point: a second article, a section renamed (declared moved), a page moved
 * (declared moved), and a quote withdrawn and replaced. Every published link must still
 * resolve, and a reader following an old link must land somewhere that makes sense. Only
 * the newer article is searched paragraph by paragraph, so search finds the real one as
 * an earlier article (src/search/archived-articles.ts).
 */
const ARTICLE = '/articles/putin-zelensky-meeting/';
const WITHDRAWN = 'stanovaya-imagined-putin';
const REPLACEMENT = 'stanovaya-lets-do-it-voiced';
const original = readFileSync(`content/quotes/${WITHDRAWN}.yaml`, 'utf8');

let content: string;
let build: ReturnType<typeof buildInto>;

beforeAll(() => {
  content = contentWith({
    edit: { 'articles/putin-zelensky-meeting.md': [['^## Moscow’s cool response$', '## Moscow’s response']] },
    add: {
      'articles/second-story.md': readFileSync('tests/fixtures/second-story.md', 'utf8'),
      'moved.yaml': `pages:\n  /people/: /glossary/\nfragments:\n  ${ARTICLE}:\n    moscows-cool-response: moscows-response\n`,
      // The withdrawn quote, and the entry that replaces it (same words, a new id).
      [`quotes/${WITHDRAWN}.yaml`]: `${original.trimEnd()}\nwithdrawn:\n  date: "2026-11-27"\n  why: "Replaced by an entry that says whose words these are imagined to be."\n  instead: /quotes/${REPLACEMENT}/\n`,
      [`quotes/${REPLACEMENT}.yaml`]: original,
    },
  });
  // With one article searched in detail, the real article (the older) is an earlier one.
  build = buildInto(content, { SEARCH_DETAILED_ARTICLES: '1' });
});

afterAll(() => {
  rmSync(build.outDir, { recursive: true, force: true });
  rmSync(content, { recursive: true, force: true });
});

const read = (path: string) => readFileSync(join(build.outDir, path), 'utf8');

describe('a build of changed content', () => {
  it('succeeds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('a second Markdown file adds a second article page and a link on the front page', () => {
    expect(existsSync(join(build.outDir, 'articles/putin-zelensky-meeting/index.html'))).toBe(true);
    const second = read('articles/second-story/index.html');
    expect(second).toMatch(/<h1[^>]*>A Second Story for the Fixture<\/h1>/);
    expect(second).toContain('id="p-a-single-paragraph-that-names"');
    expect(read('index.html')).toContain('href="/articles/second-story/"');
  });

  it('a withdrawn quote keeps its page, now a notice that says why and where to go instead', () => {
    const notice = read(`quotes/${WITHDRAWN}/index.html`);
    expect(notice).toMatch(/Withdrawn on <time datetime="2026-11-27"[^>]*>November 27, 2026<\/time>\./);
    expect(notice).toContain('Replaced by an entry that says whose words these are imagined to be.');
    expect(notice).toMatch(new RegExp(`href="/quotes/${REPLACEMENT}/"`));
    expect(read('quotes/index.html')).not.toContain(`href="/quotes/${WITHDRAWN}/"`);
    expect(read('corrections/index.html')).toContain(`/quotes/${WITHDRAWN}/#corrections`);
  });

  it('every published link still resolves, through content/moved.yaml and the withdrawn quote’s notice', () => {
    const published = JSON.parse(readFileSync('content/published-links.json', 'utf8')) as LinkManifest;
    const current = manifestOf(pagesIn(build.outDir));
    // Without moved.yaml the renamed section and the withdrawn quote are reported by name…
    const bare = checkLinks(published, current, { pages: {}, fragments: {} });
    expect(bare.missing).toEqual(
      expect.arrayContaining([`${ARTICLE}#moscows-cool-response`, `${ARTICLE}#${WITHDRAWN}`]),
    );
    // …and with them nothing is missing (new ids are expected: this is not the real content).
    expect(checkBuild(build.outDir, 'content/published-links.json', content)).not.toContain('no longer resolve');
  });
});

describe('in a browser', () => {
  let server: ReturnType<typeof createServer>;
  let base: string;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    server = createServer(sirv(build.outDir, { dev: false }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('old links follow a renamed section, a moved page and a withdrawn quote', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${base}${ARTICLE}#moscows-cool-response`);
      await page.waitForURL(`**${ARTICLE}#moscows-response`);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('moscows-response');
      await page.goto(`${base}/people/`);
      await page.waitForURL(`${base}/glossary/`);
      await page.goto(`${base}${ARTICLE}#${WITHDRAWN}`);
      await page.waitForURL(`${base}/quotes/${WITHDRAWN}/`);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/^Withdrawn: “let’s do it”$/);
    } finally {
      await page.close();
    }
  });

  it('search shows an earlier article with the parts that hold the words, and puts a quote it names first', async () => {
    const page = await browser.newPage();
    const search = async (query: string) => {
      await page.goto(`${base}/search/?${query}`);
      await page.locator('main [data-search-status]', { hasText: 'for “' }).waitFor();
      return page.locator('main .search-result').first();
    };
    try {
      // Quotes only: the article once, with its Stanovaya quotes under it, each to its spot.
      let first = await search('q=Stanovaya&kind=quote');
      // The count is of what the filter keeps: her six quotes, no passages.
      expect(await first.locator('.result-kind').innerText()).toBe('Article · 6 quotes found');
      expect(await first.locator('.result-title a').getAttribute('href')).toBe(
        `${ARTICLE}?pagefind-highlight=Stanovaya`,
      );
      const parts = first.locator('.result-parts li');
      expect(await parts.count()).toBe(3);
      for (const text of await parts.allInnerTexts()) expect(text).toMatch(/^Quote: “/);
      const hrefs = await first.locator('.result-parts a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const href of hrefs)
        expect(href).toMatch(new RegExp(`^${ARTICLE}\\?pagefind-highlight=Stanovaya#stanovaya-`));
      expect(await axeBothSchemes(page, { include: 'main .search-results' })).toEqual([]);
      // The arrow keys reach its parts too, after its headline.
      await page.locator('main input[type="search"]').focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.closest('.result-parts') !== null)).toBe(true);
      await first.locator('.result-parts a').first().click();
      await page.waitForURL(`**${ARTICLE}*#stanovaya-*`);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(hrefs[0]!.split('#')[1]);

      // A query that is a quote's words names it: the quote comes first, as a quote.
      first = await search('q=too+afraid');
      expect(await first.locator('.result-kind').innerText()).toMatch(/^Quote · Volodymyr Zelensky/);
      expect(await first.locator('.result-title a').getAttribute('href')).toMatch(
        new RegExp(`^${ARTICLE}\\?.*#zelensky-too-afraid$`),
      );
      // The newer article is still searched paragraph by paragraph.
      first = await search('q=single+paragraph');
      expect(await first.locator('.result-title a').getAttribute('href')).toMatch(
        /^\/articles\/second-story\/\?.*#p-a-single-paragraph-that-names$/,
      );
    } finally {
      await page.close();
    }
  });
});
