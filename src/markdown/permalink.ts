import type { ElementContent } from 'hast';
import { h } from 'hastscript';

/**
 * A permalink in Starlight's accessible pattern: a visible mark hidden from assistive
 * tech, and a spoken name (search indexes our own records, never this markup).
 */
export function permalink(id: string, label: string, mark = '¶'): ElementContent {
  return h('a', { className: ['permalink'], href: `#${id}` }, [
    h('span', { ariaHidden: 'true' }, mark),
    h('span', { className: ['sr-only'] }, label),
  ]);
}

/**
 * “Report an error in this paragraph”, beside a paragraph's permalink: without JavaScript
 * it leads to the page's own report link (`#report-error`); with it, the message it opens
 * names the paragraph's address (src/client/report-error.ts). The words are the same for
 * every paragraph, so the page grows by little.
 */
export function reportLink(): ElementContent {
  return h('a', { className: ['report-link'], href: '#report-error', dataReport: '' }, [
    h('span', { ariaHidden: 'true' }, '⚑'),
    h('span', { className: ['sr-only'] }, 'Report an error in this paragraph'),
  ]);
}
