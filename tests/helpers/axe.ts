import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe's rule tags for WCAG 2.2 level AA (with the A and 2.0/2.1 rules it includes). */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** WCAG 2.2 AA rules axe ships as experimental, run with the rest: label in name (2.5.3). */
const EXPERIMENTAL_AA = ['label-content-name-mismatch'];

/**
 * The rules whose outcome depends on colour. The dark scheme changes only colour tokens
 * (tests/site/static/static.test.ts proves that of every stylesheet), so in the dark scheme these
 * are the rules that can find something the light pass did not.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe-core's own script: put into every page before the page's scripts run where a file
 * checks every page it visits (browser.ts, `axe: true`), which is about three times faster
 * than evaluating it for each analysis; added to a page when it is first checked elsewhere.
 */
export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/** axe violations on a page (or a part of it), one line each: rule, impact, where. */
export async function axeViolations(
  page: Page,
  options: { rules?: string[]; include?: string } = {},
): Promise<string[]> {
  // Evaluated, not added as a script tag, so the page's Content Security Policy allows it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    ({ rules, tags, include, EXPERIMENTAL_AA }) => {
      const axe = (
        window as unknown as {
          axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> };
        }
      ).axe;
      const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags };
      // WCAG 2.5.3 (label in name) is an experimental axe rule, off unless asked for.
      const extra = rules ? {} : { rules: Object.fromEntries(EXPERIMENTAL_AA.map((id) => [id, { enabled: true }])) };
      return axe
        .run(include ? { include: [include] } : document, { runOnly, resultTypes: ['violations'], ...extra })
        .then((r) => r.violations);
    },
    { rules: options.rules, tags: WCAG_22_AA, include: options.include, EXPERIMENTAL_AA },
  );
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** WCAG 2.2 AA in the light scheme, then the colour rules in the dark scheme; the page ends in light. */
export async function axeBothSchemes(page: Page, options: { include?: string } = {}): Promise<string[]> {
  const light = (await axeViolations(page, options)).map((v) => `light: ${v}`);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = (await axeViolations(page, { ...options, rules: COLOUR_RULES })).map((v) => `dark: ${v}`);
  await page.emulateMedia({ colorScheme: 'light' });
  return [...light, ...dark];
}
