import type { Page } from 'playwright-core';

/**
 * The first result's address (without its highlight parameter) for each query, searched one
 * after another in one search form already open on `page` (`main` on /search/, `dialog` in
 * the header's dialog), as a reader would: the query in the field, Enter, and the results
 * read once the status line says they are for that query. Runs inside the page, so a few
 * hundred queries take seconds. The browser test of best bets and the bench share it.
 */
export async function firstResults(page: Page, queries: readonly string[], scope = 'main'): Promise<string[]> {
  // Until the search code has bound the form, Enter would submit it to /search/.
  await page.locator(`${scope} [data-search-form][data-live]`).waitFor();
  return page.evaluate(
    async ({ queries, scope }) => {
      const form = document.querySelector<HTMLFormElement>(`${scope} [data-search-form]`)!;
      const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
      const status = form.querySelector<HTMLElement>('[data-search-status]')!;
      // Resolves when the status line says the results are for `query`.
      const shown = (query: string) =>
        new Promise<void>((resolve, reject) => {
          const want = `for “${query.trim()}”`;
          const done = () => status.textContent?.includes(want);
          if (done()) return resolve();
          const timeout = setTimeout(() => {
            observer.disconnect();
            reject(new Error(`no results shown for “${query}”`));
          }, 10_000);
          const observer = new MutationObserver(() => {
            if (!done()) return;
            observer.disconnect();
            clearTimeout(timeout);
            resolve();
          });
          observer.observe(status, { childList: true, characterData: true, subtree: true });
        });
      const first: string[] = [];
      for (const query of queries) {
        input.value = query;
        form.requestSubmit();
        await shown(query);
        const href = form.querySelector('.search-result .result-title a')?.getAttribute('href') ?? '';
        first.push(href.replace(/\?pagefind-highlight=[^#]*/, ''));
      }
      return first;
    },
    { queries, scope },
  );
}
