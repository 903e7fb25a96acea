import type { ElementContent } from 'hast';
import { h } from 'hastscript';

/**
 * A permalink in Starlight's accessible pattern: a visible mark hidden from assistive
 * tech, and a spoken name that search indexing skips.
 */
export function permalink(id: string, label: string, mark = '¶'): ElementContent {
  return h('a', { className: ['permalink'], href: `#${id}` }, [
    h('span', { ariaHidden: 'true' }, mark),
    h('span', { className: ['sr-only'], dataPagefindIgnore: '' }, label),
  ]);
}
