import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { buildInto, contentWith } from '../helpers/build-fixture.ts';
import { checkBuild, pagesIn } from '../../scripts/links.ts';
import { checkLinks, manifestOf, type LinkManifest } from '../../src/links/manifest.ts';
import { launchBrowser } from '../helpers/browser.ts';

/**
 * One real build of the content as an editor might change it over time, where the build
 * itself is the point: a second article, a section renamed (declared moved), a page moved
 * (declared moved), and a quote withdrawn and replaced. Every published link must still
 * resolve, and a reader following an old link must land somewhere that makes sense.
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
  build = buildInto(content);
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

describe('old links in a browser', () => {
  it('follow a renamed section, a moved page and a withdrawn quote', async () => {
    const server = createServer(sirv(build.outDir, { dev: false }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${base}${ARTICLE}#moscows-cool-response`);
      await page.waitForURL(`**${ARTICLE}#moscows-response`);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('moscows-response');
      await page.goto(`${base}/people/`);
      await page.waitForURL(`${base}/glossary/`);
      await page.goto(`${base}${ARTICLE}#${WITHDRAWN}`);
      await page.waitForURL(`${base}/quotes/${WITHDRAWN}/`);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/^Withdrawn: “let’s do it”$/);
    } finally {
      await browser.close();
      server.close();
    }
  });
});
