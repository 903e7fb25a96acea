/**
 * Permalinks become copy-link controls: a click copies the full address (or opens the
 * system share sheet on touch devices that have one) and says so, visibly and to screen
 * readers, while still going to the spot. Quote links also carry a text fragment, so
 * they land on the words even if an id ever changed. Without JavaScript they stay links.
 */
const status = () => document.querySelector<HTMLElement>('[data-share-status]');

/** Say something briefly in the shared status region. */
export function announce(message: string): void {
  const region = status();
  if (!region) return;
  region.textContent = message;
  clearTimeout(Number(region.dataset.timer));
  region.dataset.timer = String(setTimeout(() => (region.textContent = ''), 5000));
}

document.addEventListener('click', async (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.permalink, a[data-share]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  const url = new URL(link.getAttribute('href')!, location.href);
  const text = link.dataset.fragmentText;
  const address = `${url.origin}${url.pathname}${url.hash}${text ? `:~:text=${text}` : ''}`;
  // A share control for the page itself needs no navigation.
  if (link.hasAttribute('data-share')) event.preventDefault();
  const title = link.dataset.shareTitle ?? document.title;
  try {
    if (navigator.share && matchMedia('(pointer: coarse)').matches) {
      await navigator.share({ url: address, title });
      return;
    }
    await navigator.clipboard.writeText(address);
    announce(`Link copied: ${address}`);
  } catch {
    announce(`Copy this link: ${address}`);
  }
});
