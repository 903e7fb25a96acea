/**
 * “Report an error” for a passage: a paragraph's report link, or the selected-passage
 * toolbar, opens the editors' address (the page's #report-error says where, as a template:
 * REPORT_ERRORS_TO) with a message naming the passage's own address and the edition the
 * reader sees. Without JavaScript a paragraph's link leads to the page's report link.
 * Loaded by the header script at the first click on a paragraph's report link, and by the
 * passage toolbar.
 */
import { TEMPLATE_IDS } from '../core/template-ids.ts';

/** Open a report about a passage: its address, and the words a reader selected, if any. */
export function reportPassage(address: string, words?: string): boolean {
  const page = document.getElementById(TEMPLATE_IDS.reportError);
  const template = page?.dataset.reportTo;
  if (!template) return false;
  const edition = page.dataset.edition;
  const title = `Error report: ${document.title}`;
  const body = [
    `Passage: ${address}`,
    ...(edition ? [`Edition: ${edition}`] : []),
    ...(words ? ['', `Words: “${words}”`] : []),
    '',
    'What is wrong, and what should it say (with a source if you can)?',
    '',
  ].join('\n');
  location.href = template.replace('{title}', encodeURIComponent(title)).replace('{body}', encodeURIComponent(body));
  return true;
}

/** Open a report about the paragraph (or list item) a report link is in. */
export function reportBlock(link: Element): void {
  const block = link.closest<HTMLElement>('[id]');
  if (!block || !reportPassage(`${location.origin}${location.pathname}#${block.id}`))
    location.hash = TEMPLATE_IDS.reportError;
}
