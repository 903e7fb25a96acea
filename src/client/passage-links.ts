/**
 * Link any passage: select words in the article (mouse, touch or keyboard) and a small
 * toolbar offers “Copy link to this passage”, “Cite this passage” and “Report an error here”. The link is the
 * enclosing paragraph's (or quote's) address with a text fragment for the words
 * (`#p-…:~:text=start,end`, with words before or after when the words occur elsewhere
 * on the page), so it lands on and highlights them where browsers support text
 * fragments, and on the paragraph elsewhere. Loaded only on article pages, when words
 * are first selected (SiteHeader's script imports it when the page has
 * `[data-passage-links]`), a selection it then handles like any later one.
 * The toolbar appears without moving focus; screen readers are told where it is, quietly
 * (a sighted reader sees it under the words).
 */
import { announce, copy } from './share-links.ts';
import { encodeTerm } from '../core/text-fragment.ts';

/** Words of a long selection kept at each end of a `start,end` directive. */
const END_WORDS = 4;

const root = document.querySelector<HTMLElement>('[data-passage-links]')!;
const tools = document.createElement('div');
tools.className = 'passage-tools';
tools.setAttribute('role', 'group');
tools.setAttribute('aria-label', 'Selected passage');
tools.hidden = true;
const button = (label: string) => {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  tools.append(b);
  return b;
};
const copyButton = button('Copy link to this passage');
const citeButton = button('Cite this passage');
const reportButton = button('Report an error here');
let current: { address: string; text: string } | undefined;
/** The block whose selection the toolbar is showing for. */
let shownFor: HTMLElement | undefined;

/** Whitespace as the browser's text matching sees it: single spaces. */
const squash = (text: string) => text.replace(/\s+/g, ' ');

/** The block (paragraph, list item, caption) of the article a node is in. */
const blockOf = (node: Node | null) =>
  (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>('.article-body :is(p, li, figure)[id]');

/** Characters that make up a word, for widening a selection to whole words. */
const WORD = /[\p{L}\p{N}’'-]/u;

/**
 * The words of a range, widened to whole words and kept inside its block's prose, and the
 * text directive that finds them: the words (their first and last words when long), with
 * as many words just before or after as it takes for the page's first match to be this
 * one. Positions are in the page's text with whitespace squashed, as browsers match it.
 */
function passage(range: Range, block: HTMLElement): { text: string; directive?: string } | undefined {
  const all = squash(document.body.textContent!);
  const offset = (node: Node, at: number) => {
    const r = document.createRange();
    r.setStart(document.body, 0);
    r.setEnd(node, at);
    return squash(r.toString()).length;
  };
  // The block's prose ends where its permalink or timeline markers begin.
  const stop = block.querySelector(':scope > :is(.permalink, .event-markers)');
  const from = offset(block, 0);
  const to = stop ? offset(block, [...block.childNodes].indexOf(stop)) : offset(block, block.childNodes.length);
  let at = Math.max(from, offset(range.startContainer, range.startOffset));
  let end = Math.min(to, offset(range.endContainer, range.endOffset));
  while (at > from && WORD.test(all[at - 1]!) && WORD.test(all[at]!)) at--;
  while (end < to && WORD.test(all[end - 1]!) && WORD.test(all[end]!)) end++;
  while (at < end && all[at] === ' ') at++;
  while (end > at && all[end - 1] === ' ') end--;
  if (at >= end) return undefined;
  const text = all.slice(at, end);
  const words = text.split(' ');
  const long = words.length > END_WORDS * 2;
  const first = long ? words.slice(0, END_WORDS).join(' ') : text;
  const last = long ? words.slice(-END_WORDS).join(' ') : '';
  const before = all.slice(from, at);
  const after = all.slice(end, to);
  for (let n = 0; n <= 3; n++) {
    const prefix = n ? before.trimEnd().split(' ').slice(-n).join(' ') : '';
    const suffix = n ? after.trimStart().split(' ').slice(0, n).join(' ') : '';
    // The page's first match of the start (after its prefix), then of the end (before its suffix).
    const lead = prefix + before.slice(before.trimEnd().length);
    const head = all.indexOf(lead + first) + lead.length;
    const tail = last
      ? all.indexOf(last + after.slice(0, after.length - after.trimStart().length) + suffix, head + first.length) +
        last.length
      : head + first.length;
    if (
      head === at &&
      tail === end &&
      all.startsWith(after.slice(0, after.length - after.trimStart().length) + suffix, end)
    ) {
      return {
        text,
        directive: [
          prefix && `${encodeTerm(prefix)}-`,
          encodeTerm(first),
          last && encodeTerm(last),
          suffix && `-${encodeTerm(suffix)}`,
        ]
          .filter(Boolean)
          .join(','),
      };
    }
  }
  // Words that nothing nearby tells apart: the link lands on their paragraph.
  return { text };
}

/** Show the toolbar under a selection in one block of the article, or hide it. */
function update(): void {
  const selection = getSelection();
  const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : undefined;
  const block = range && blockOf(range.startContainer);
  if (!range || !block || blockOf(range.endContainer) !== block) return hide();
  const found = passage(range, block);
  if (!found) return hide();
  // The quote's own address when the words are all inside one quote.
  const quote = range.startContainer.parentElement?.closest<HTMLElement>('.quote[id]');
  const id = quote && quote === range.endContainer.parentElement?.closest('.quote[id]') ? quote.id : block.id;
  current = {
    address: `${location.origin}${location.pathname}#${id}${found.directive ? `:~:text=${found.directive}` : ''}`,
    text: found.text,
  };
  // After the block's outermost container, so the toolbar comes next in reading and tab order.
  let host: HTMLElement = block;
  while (host.parentElement && host.parentElement !== root) host = host.parentElement;
  const moved = tools.previousElementSibling !== host;
  if (moved) host.after(tools);
  const wasHidden = tools.hidden;
  tools.hidden = false;
  shownFor = block;
  const box = range.getBoundingClientRect();
  const frame = (tools.offsetParent ?? document.body).getBoundingClientRect();
  tools.style.top = `${box.bottom - frame.top + 6}px`;
  tools.style.left = `${Math.max(0, Math.min(box.left - frame.left, frame.width - tools.offsetWidth))}px`;
  if (wasHidden || moved)
    announce(`Link and citation for the selected passage: ${placeOf(block, host)}.`, { quietly: true });
}

/** Where the toolbar is in reading order, said as the reader knows it: after what. */
function placeOf(block: HTMLElement, host: HTMLElement): string {
  const what = block.tagName === 'FIGURE' ? 'caption' : block.tagName === 'LI' ? 'list item' : 'paragraph';
  if (host === block) return `after this ${what}`;
  if (host.matches('ul, ol')) return 'after this list';
  if (host.matches('blockquote')) return 'after this quotation';
  if (host.querySelector(':scope > .notes')) return `after this ${what} and its notes`;
  return `after this ${what}`;
}

/** Hide the toolbar; if it had focus, give it back to the permalink of its passage's block. */
function hide(): void {
  current = undefined;
  if (tools.hidden) return;
  const focused = tools.contains(document.activeElement);
  tools.hidden = true;
  if (focused && shownFor) {
    const permalink = shownFor.querySelector<HTMLElement>(':scope > a.permalink');
    if (permalink) permalink.focus();
    else {
      // A caption has no permalink of its own: its block takes focus instead.
      shownFor.tabIndex = -1;
      shownFor.focus();
    }
  }
  shownFor = undefined;
}

let timer = 0;
/** Selecting by pointer changes the selection at every move: wait until it rests. */
const schedule = () => {
  clearTimeout(timer);
  timer = window.setTimeout(update, 250);
};
document.addEventListener('selectionchange', schedule);
// The selection change that loaded this script.
schedule();
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !tools.hidden) hide();
});

copyButton.addEventListener('click', () => {
  if (current) void copy(current.address, 'Link');
});

reportButton.addEventListener('click', () => {
  // The report's code loads on the first report: selecting words is common, reporting rare.
  const chosen = current;
  if (chosen) void import('./report-error.ts').then((m) => m.reportPassage(chosen.address, chosen.text));
});

citeButton.addEventListener('click', () => {
  const passage = document.querySelector<HTMLElement>('[data-cite-passage]');
  if (!current || !passage) return;
  passage.querySelector('q')!.textContent = current.text;
  const link = passage.querySelector<HTMLAnchorElement>('a[data-passage-link]')!;
  link.href = current.address;
  link.textContent = current.address;
  passage.hidden = false;
  hide();
  passage.focus();
});
