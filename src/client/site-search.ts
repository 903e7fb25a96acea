/**
 * The header's search control, and the search page's form. Without JavaScript it is a link to /search/. With it, the
 * link opens a dialog (also on `/` and Ctrl/Cmd+K); the search code and index load only
 * then. A native modal <dialog> keeps focus inside and returns it on close.
 */
class SiteSearch extends HTMLElement {
  connectedCallback() {
    // With JavaScript, results come as the reader types: each search field says so (its
    // hint in SearchForm.astro). Here rather than in bindSearch, which runs only once the
    // dialog's field already has focus; without JavaScript the form just goes to /search/.
    for (const hint of document.querySelectorAll<HTMLElement>('[data-search-form] [data-search-keys]')) {
      hint.closest('form')?.querySelector('input[type="search"]')?.setAttribute('aria-describedby', hint.id);
    }
    // The search page's own form (its query and filters in the address) comes to life at
    // once; the site has one script entry, so the search code stays out of every first load.
    const pageForm = document.querySelector<HTMLFormElement>('main [data-search-form]');
    if (pageForm) void import('./search-ui.ts').then(({ bindSearch }) => bindSearch(pageForm, { syncUrl: true }));
    const link = this.querySelector<HTMLAnchorElement>('a[data-open-search]')!;
    const dialog = this.querySelector<HTMLDialogElement>('dialog')!;
    const open = () => {
      // On the search page itself, the page's own form is the search.
      const pageInput = document.querySelector<HTMLInputElement>('main [data-search-form] input[type="search"]');
      if (pageInput) return pageInput.focus();
      if (!dialog.open) dialog.showModal();
      dialog.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
      if (!dialog.dataset.bound) {
        dialog.dataset.bound = 'true';
        void import('./search-ui.ts').then(({ bindSearch, PAGE_SIZE }) =>
          bindSearch(dialog.querySelector('form')!, { syncUrl: false, pageSize: PAGE_SIZE / 2 }),
        );
      }
    };
    link.addEventListener('click', (event) => {
      event.preventDefault();
      open();
    });
    this.querySelector('[data-close-search]')!.addEventListener('click', () => dialog.close());
    // Escape always closes, even when a search field would rather use it to clear itself.
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        dialog.close();
      }
    });
    // A click on the backdrop (outside the dialog's box) closes it.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    document.addEventListener('keydown', (event) => {
      const typing =
        event.target instanceof HTMLElement &&
        event.target.closest('input, textarea, select, [contenteditable="true"]');
      if (
        (event.key === 'k' && (event.metaKey || event.ctrlKey)) ||
        (event.key === '/' && !typing && !event.metaKey && !event.ctrlKey && !event.altKey)
      ) {
        event.preventDefault();
        open();
      }
    });
  }
}

customElements.define('site-search', SiteSearch);
