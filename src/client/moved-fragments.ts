/**
 * Loaded by the header script only when an address's fragment matches nothing on the page.
 * A link whose fragment no longer matches anything: follow where it moved (content/moved.yaml)
 * to the new id or to another page, or, for a withdrawn entry, to the page that says why it
 * was withdrawn; or say gently that the spot is gone instead of silently showing the top of
 * the page. BaseLayout embeds the moves, other pages' addresses already under the base.
 */
import { announce } from './share-links.ts';
import { fragmentId } from './fragment.ts';
import { TEMPLATE_IDS } from '../core/template-ids.ts';

/** Follow the fragment to where it moved, or say the spot is gone. */
export function resolveFragment(): void {
  const id = fragmentId(location.hash);
  if (!id || document.getElementById(id)) return;
  const data = document.getElementById(TEMPLATE_IDS.movedFragments)?.textContent;
  const moved = data ? (JSON.parse(data) as Record<string, string>) : {};
  const target = moved[id];
  if (target?.startsWith('/')) {
    location.replace(target);
    return;
  }
  if (target && document.getElementById(target)) {
    location.replace(`#${encodeURIComponent(target)}`);
    return;
  }
  announce(
    `The part of this page that the link pointed to (“#${id}”) is no longer here. Showing the page from the top.`,
  );
}
