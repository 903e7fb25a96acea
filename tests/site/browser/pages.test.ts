import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext } from '../../helpers/browser.ts';
import { axeBothSchemes } from '../../helpers/axe.ts';
import { readFileSync, statSync } from 'node:fs';
import {
  builtPages,
  EDITION_PAGE as EDITION,
  editionStandIns as editionStandInsOf,
  fileFor,
} from '../../helpers/built-site.ts';
import { EVENT_KINDS } from '../../../src/core/vocabulary.ts';
import { watch } from '../../helpers/reader.ts';

/**
 * One visit per built page (the timeline's kind filters by one of them: see `visited`) runs
 * every check that needs a browser and reads the page as it loads: WCAG 2.2 AA with axe in
 * the light and the dark scheme, no Content Security Policy violation, no request to
 * another origin, no script error. Two tabs take turns, as many as there are cores, each
 * loading page after page. (Checks that read the built HTML need no browser:
 * tests/site/static/static.test.ts.)
 */
const base = inject('baseUrl');

/**
 * Every built page but the timeline's kind filters after the first, all but one event page,
 * and all but one edition page of each kind of entry. The filters are one template
 * (src/pages/timeline/[...kind].astro) showing a subset of the events on /timeline/, so
 * /timeline/ and one filter page stand for them here; the event pages are one template
 * (src/pages/timeline/[id]/index.astro), so the largest (the most sources, translations and
 * corrections) stands for them; every edition page is one layout, so each collection's
 * largest edition page stands for its kind (tests/helpers/built-site.ts). static.test.ts checks each of them (valid HTML, links,
 * ids, CSP). Each skipped page cost about 1.5 s of CPU.
 */
const filters = EVENT_KINDS.map((kind) => `/timeline/${kind}/`);
const all = builtPages();
const eventPages = all.filter((p) => /^\/timeline\/[^/]+\/$/.test(p) && !filters.includes(p));
const size = (path: string) => statSync(fileFor(path)!).size;
const eventStandIn = eventPages.reduce((a, b) => (size(b) > size(a) ? b : a), eventPages[0]!);
const editionStandIns = editionStandInsOf(all);
/**
 * Quote and glossary pages are one template each too: the largest of each kind of page the
 * template makes stands for them (a quote spoken in English, one with the speaker's own
 * words, one whose words were not found; a person, a place, an organization).
 */
const largest = (pages: string[]) => pages.reduce((a, b) => (size(b) > size(a) ? b : a), pages[0]!);
const entryPages = (prefix: string) => all.filter((p) => new RegExp(`^/${prefix}/[^/]+/$`).test(p));
const html = (path: string) => readFileSync(fileFor(path)!, 'utf8');
const quotePages = entryPages('quotes');
const glossaryPages = entryPages('glossary');
const quoteStandIns = new Set(
  [
    quotePages.filter((p) => !html(p).includes('class="as-spoken')),
    quotePages.filter((p) => /<blockquote lang="(ru|uk)"/.test(html(p))),
    quotePages.filter((p) => html(p).includes('language not known') || html(p).includes(': not found')),
    quotePages.filter((p) => html(p).includes('withdrawn-notice')),
  ].flatMap((group) => (group.length > 0 ? [largest(group)] : [])),
);
const glossaryStandIns = new Set(
  ['Person', 'Place', 'Organization', 'Withdrawn'].flatMap((kind) => {
    const group = glossaryPages.filter((p) => html(p).includes(`<p class="kicker">`) && html(p).includes(`>${kind}`));
    return group.length > 0 ? [largest(group)] : [];
  }),
);
/**
 * The corrections of a group (src/pages/corrections/[group].astro: the glossary's, the
 * timeline's) and of one article (src/pages/corrections/articles/[slug].astro) list
 * corrections with the components /corrections/ uses: the largest page of each template
 * stands for it.
 */
const groupPages = all.filter((p) => /^\/corrections\/(glossary|timeline)\/$/.test(p));
const articleCorrectionPages = all.filter((p) => /^\/corrections\/articles\/[^/]+\/$/.test(p));
const correctionStandIns = new Set([largest(groupPages), largest(articleCorrectionPages)]);
const visited = all.filter(
  (path) =>
    !filters.slice(1).includes(path) &&
    (!eventPages.includes(path) || path === eventStandIn) &&
    (!EDITION.test(path) || editionStandIns.has(path)) &&
    (!quotePages.includes(path) || quoteStandIns.has(path)) &&
    (!glossaryPages.includes(path) || glossaryStandIns.has(path)) &&
    (![...groupPages, ...articleCorrectionPages].includes(path) || correctionStandIns.has(path)),
);

let browser: Browser;
let context: BrowserContext;
const idle: Page[] = [];
const waiting: ((page: Page) => void)[] = [];
/** What each tab has done since its last visit began: its watch list, emptied per visit. */
const seen = new Map<Page, string[]>();

/** A tab to visit with: a free one, or the next one freed. */
function borrow(): Promise<Page> {
  const page = idle.pop();
  return page ? Promise.resolve(page) : new Promise((resolve) => waiting.push(resolve));
}

function giveBack(page: Page): void {
  const next = waiting.shift();
  if (next) next(page);
  else idle.push(page);
}

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser, {}, { axe: true });
  for (let i = 0; i < 2; i++) {
    const page = await context.newPage();
    seen.set(page, watch(page, base));
    idle.push(page);
  }
});
afterAll(async () => {
  await browser?.close();
});

describe('the checks have teeth', () => {
  it('axe reports a violation in either scheme when there is one', async () => {
    const page = await context.newPage();
    await page.setContent(
      '<!doctype html><html lang="en"><head><title>t</title><style>@media (prefers-color-scheme: dark) { p { color: #333; background: #222; } }</style></head><body><main><img src="x.png"><p>Text</p></main></body></html>',
    );
    const found = await axeBothSchemes(page);
    expect(found.some((v) => v.startsWith('light: image-alt'))).toBe(true);
    expect(found.some((v) => v.startsWith('dark: color-contrast'))).toBe(true);
    await page.close();
  });
});

describe.concurrent('every page, one visit: axe in both schemes, CSP, requests, errors', () => {
  it('include /timeline/, one kind filter page, one event page, and one edition page of each kind of entry', () => {
    expect(visited).toContain('/timeline/');
    expect(visited.filter((path) => filters.includes(path))).toEqual([filters[0]]);
    expect(eventPages.length).toBeGreaterThan(1);
    expect(visited.filter((path) => eventPages.includes(path))).toEqual([eventStandIn]);
    expect(groupPages).toHaveLength(2);
    expect(visited.filter((path) => groupPages.includes(path))).toHaveLength(1);
    expect([...editionStandIns].map((p) => EDITION.exec(p)![1]).sort()).toEqual([
      'articles',
      'glossary',
      'quotes',
      'timeline',
    ]);
  });

  it.each(visited)('%s', async (path) => {
    const page = await borrow();
    const findings = seen.get(page)!;
    findings.length = 0;
    try {
      await page.goto(`${base}${path}`, { waitUntil: 'load' });
      const found = [...findings, ...(await axeBothSchemes(page))];
      expect(found).toEqual([]);
    } finally {
      giveBack(page);
    }
  });
});
