import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** axe's rule tags for WCAG 2.2 level AA (with the A and 2.0/2.1 rules it includes). */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The rules whose outcome depends on colour. The dark scheme changes only colour tokens
 * (tests/e2e/static.test.ts proves that of every stylesheet), so in the dark scheme these
 * are the rules that can find something the light pass did not.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe violations on a page, one line each (rule, impact, where). */
export async function axeViolations(page: Page, options: { rules?: string[] } = {}): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const results = await (options.rules ? builder.withRules(options.rules) : builder.withTags(WCAG_22_AA)).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** WCAG 2.2 AA in the light scheme, then the colour rules in the dark scheme; the page ends in light. */
export async function axeBothSchemes(page: Page): Promise<string[]> {
  const light = (await axeViolations(page)).map((v) => `light: ${v}`);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = (await axeViolations(page, { rules: COLOUR_RULES })).map((v) => `dark: ${v}`);
  await page.emulateMedia({ colorScheme: 'light' });
  return [...light, ...dark];
}
