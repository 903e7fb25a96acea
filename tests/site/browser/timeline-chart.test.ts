import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext } from '../../helpers/browser.ts';
import { axeBothSchemes } from '../../helpers/axe.ts';
import { observeLayoutShift } from '../../helpers/reader.ts';

/**
 * The timeline chart as a reader meets it, at a phone's, a small phone's and a desktop's
 * width: one load per page and width does every check, then axe in both schemes.
 */
const base = inject('baseUrl');
const EVENTS = readdirSync('content/timeline').map((f) => f.replace(/\.yaml$/, ''));
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Open a page with a layout-shift observer installed before anything renders. */
async function open(path: string, width: number): Promise<Page> {
  const context = await newContext(browser, { viewport: { width, height: 800 } }, { axe: true });
  await observeLayoutShift(context);
  const page = await context.newPage();
  await page.goto(`${base}${path}`, { waitUntil: 'load' });
  return page;
}

/** What the visible drawing shows: its links, and the boxes of every text and mark. */
function measure(page: Page) {
  return page.evaluate(() => {
    const svgs = [...document.querySelectorAll<SVGSVGElement>('figure.tl-chart svg.tl-svg')].filter(
      (s) => s.getClientRects().length > 0,
    );
    const svg = svgs[0]!;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    // A mark's symbol is its last path, a span its .tl-span (src/timeline-chart/svg.ts).
    const boxes = [...svg.querySelectorAll<SVGGraphicsElement>('text, a path')].map((el, i) => {
      const r = el.getBoundingClientRect();
      return {
        owner: el.closest('a')?.getAttribute('href')?.split('#')[1] ?? `decor-${i}`,
        what:
          el.tagName === 'text'
            ? `text “${el.textContent}”`
            : `${el.getAttribute('class') ?? 'symbol'} of ${el.closest('a')?.getAttribute('href')?.split('#')[1]}`,
        box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
        px: el.tagName === 'text' ? parseFloat(getComputedStyle(el).fontSize) * scale : undefined,
      };
    });
    // A link is named by its words, or by its aria-label where the name says more.
    const links = [...svg.querySelectorAll('a')].map((a) => {
      const text = a.textContent!.replace(/\s+/g, ' ').trim();
      return { href: a.getAttribute('href')!, name: a.getAttribute('aria-label') ?? text, text };
    });
    return {
      visible: svgs.length,
      svgRight: svg.getBoundingClientRect().right,
      boxes,
      links,
      shift: (window as unknown as { shift: number }).shift,
    };
  });
}

const intersect = (a: { left: number; top: number; right: number; bottom: number }, b: typeof a) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/** Tab through the chart from its first link: the ids in the order focus visits them. */
async function tabOrder(page: Page, count: number): Promise<string[]> {
  await page.locator('figure.tl-chart svg.tl-svg:visible a').first().focus();
  const order: string[] = [];
  for (let i = 0; i < count + 1; i++) {
    order.push(
      await page.evaluate(() => {
        const el = document.activeElement;
        return el?.closest('figure.tl-chart')
          ? el.getAttribute('href')!.split('#')[1]!
          : `(left the chart: ${el?.tagName})`;
      }),
    );
    await page.keyboard.press('Tab');
  }
  return order;
}

describe.each([
  ['/timeline/', 'li.event', 'h3'],
  ['/', 'ol.glance li', 'a'],
] as const)('the timeline chart on %s', (path, listSelector, titleSelector) => {
  it.each([320, 390, 1280])(
    'at %i px: a mark per event linking to it, nothing overlapping, tab order by date, no layout shift, axe clean',
    async (width) => {
      const page = await open(path, width);
      const chart = await measure(page);
      // The page's own list of events, in its order, with the date and title it shows.
      const items = await page.locator(listSelector).evaluateAll(
        (els, t) =>
          els.map((el) => ({
            id: el.id || el.querySelector('a')!.getAttribute('href')!.split('#')[1]!,
            title: el.querySelector(t)!.textContent!.trim(),
          })),
        titleSelector,
      );
      const listed = items.map((i) => i.id);

      // One drawing shows; it has one link per event, to an event that exists on /timeline/.
      expect(chart.visible).toBe(1);
      expect(chart.links.map((l) => l.href).sort()).toEqual(EVENTS.map((id) => `/timeline/#${id}`).sort());
      // Each link is named by the words it shows, its date and the event's title as the list
      // gives it (WCAG 2.5.3, label in name: axe's label-content-name-mismatch).
      for (const item of items) {
        const link = chart.links.find((l) => l.href.endsWith(`#${item.id}`))!;
        expect(link.name.startsWith(link.text), `${link.name} / ${link.text}`).toBe(true);
        expect(link.name).toContain(item.title);
      }
      if (path === '/timeline/') {
        const ids = await page.evaluate(
          (hrefs) => hrefs.map((h) => !!document.getElementById(h.split('#')[1]!)),
          chart.links.map((l) => l.href),
        );
        expect(ids.every(Boolean)).toBe(true);
      }

      // No two texts or marks meet; text stays legible and inside the drawing.
      const clashes: string[] = [];
      chart.boxes.forEach((a, i) =>
        chart.boxes.slice(i + 1).forEach((b) => {
          if (a.owner !== b.owner && intersect(a.box, b.box)) clashes.push(`${a.what} × ${b.what}`);
        }),
      );
      expect(clashes).toEqual([]);
      expect(
        chart.boxes.filter((b) => b.px !== undefined && b.px < 10.9).map((b) => `${b.what}: ${b.px!.toFixed(1)} px`),
      ).toEqual([]);
      expect(chart.boxes.filter((b) => b.box.right > chart.svgRight + 0.5).map((b) => b.what)).toEqual([]);

      // Links in the order of the list beside it (date order); then focus leaves the chart.
      const order = await tabOrder(page, listed.length);
      expect(order.slice(0, -1)).toEqual(listed);
      expect(order.at(-1)).toMatch(/^\(left the chart/);

      expect(chart.shift).toBe(0);
      // axe in both schemes on the drawing this width shows (pages.test.ts checks whole pages).
      expect(await axeBothSchemes(page, { include: 'figure.tl-chart' })).toEqual([]);
      await page.context().close();
    },
  );
});
