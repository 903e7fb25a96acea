/**
 * Arriving from a search result (`?pagefind-highlight=word`), mark the searched words with
 * Pagefind's highlight script, loaded only then, and bring the first into view unless the
 * address already points at a precise spot.
 */
import { fragmentId } from './fragment.ts';
import { withBase } from '../core/urls.ts';

if (new URLSearchParams(location.search).has('pagefind-highlight')) {
  import(/* @vite-ignore */ withBase('/pagefind/pagefind-highlight.js'))
    .then(({ default: Highlight }: { default: new (options: object) => unknown }) => {
      new Highlight({ highlightParam: 'pagefind-highlight', addStyles: false });
      const target = location.hash ? document.getElementById(fragmentId(location.hash)) : null;
      (target ?? document.querySelector('mark.pagefind-highlight'))?.scrollIntoView({ block: 'start' });
    })
    .catch(() => undefined);
}
