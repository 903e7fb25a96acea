/**
 * Permalinks become copy-link controls: a click copies the full address (or opens the
 * system share sheet on touch devices that have one) and says so, visibly and to screen
 * readers, while still going to the spot. Quote links also carry a text fragment, made
 * here from the quote's words on the page (the page need not carry them twice), so they
 * land on the words even if an id ever changed. A citation's “Copy” link copies the
 * citation it points to. Without JavaScript they stay links.
 */
import { textDirective } from '../core/text-fragment.ts';

/**
 * Say something briefly: in the status shown over the page (and read out), or `quietly`,
 * only to screen readers, for news a sighted reader already sees (BaseLayout's two
 * live regions).
 */
export function announce(message: string, { quietly = false } = {}): void {
  const region = document.querySelector<HTMLElement>(quietly ? '[data-quiet-status]' : '[data-share-status]');
  if (!region) return;
  region.textContent = message;
  clearTimeout(Number(region.dataset.timer));
  region.dataset.timer = String(setTimeout(() => (region.textContent = ''), 5000));
}

/** Copy text to the clipboard and say so; where copying is refused, say what to copy. */
export async function copy(text: string, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    announce(`${what} copied: ${text}`);
  } catch {
    announce(`Copy this ${what.toLowerCase()}: ${text}`);
  }
}

document.addEventListener('click', async (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  // A “Copy” link copies the text it points to (a citation, a link), as plain text;
  // `data-copy` says what it is.
  const copyLink = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy]');
  if (copyLink) {
    const target = document.getElementById(decodeURIComponent(copyLink.hash.slice(1)));
    if (!target) return;
    event.preventDefault();
    await copy(target.textContent!.replace(/\s+/g, ' ').trim(), copyLink.dataset.copy || 'Citation');
    return;
  }
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.permalink, a[data-share]');
  if (!link) return;
  const url = new URL(link.getAttribute('href')!, location.href);
  const quote = link.classList.contains('quote-permalink') && document.getElementById(url.hash.slice(1));
  const text = link.dataset.fragmentText ?? (quote ? textDirective(quote.textContent!) : undefined);
  const address = `${url.origin}${url.pathname}${url.hash}${text ? `:~:text=${text}` : ''}`;
  // A share control for the page itself needs no navigation.
  if (link.hasAttribute('data-share')) event.preventDefault();
  if (navigator.share && matchMedia('(pointer: coarse)').matches) {
    await navigator
      .share({ url: address, title: link.dataset.shareTitle ?? document.title })
      .catch(() => announce(`Copy this link: ${address}`));
    return;
  }
  await copy(address, 'Link');
});
