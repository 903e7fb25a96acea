import type { Element, Root } from 'hast';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import { addProblem } from '../problems/problem.ts';
import { openingWords } from '../text/normalize.ts';
import { matchQuote, type TextQuote } from '../text/quote-selector.ts';
import { occurrences, reindexBlock, textBlocks, wrap, type TextBlock } from '../text/text-model.ts';
import { articleFacts, type AnchoredQuote } from './article-facts.ts';
import { notProse } from './not-prose.ts';

/** What the anchoring needs to know of one quote entry. */
export interface QuoteAnchor {
  id: string;
  /** The entry's file, for problems. */
  file: string;
  /** Where its `text:` is in that file, for problems. */
  place?: Point;
  text: string;
  prefix?: string;
  suffix?: string;
  speaker: string;
  /** The annotation shown beside the paragraph (built by the caller), if any. */
  note?: Element;
}

/** How many characters of context a quote's selector carries on each side, at least. */
export const SELECTOR_CONTEXT = 32;

/**
 * Anchor each quote entry to its exact words in the article, like a W3C TextQuoteSelector:
 * the words are wrapped in `<span class="quote" id=…>` (one span per text node the words
 * cross; the first carries the id) and left unchanged, and the quote's note goes in an
 * `<aside>` after its block. A quote that is missing or ambiguous is a problem for its
 * file, which names the fix.
 */
export default function rehypeQuoteAnchors(options: { quotes: QuoteAnchor[] }) {
  return (tree: Root, file: VFile) => {
    const anchored: (Omit<AnchoredQuote, 'selector'> & {
      exact: string;
      before: string;
      after: string;
      position: [number, number];
    })[] = [];
    const notes = new Map<Element, { block: TextBlock; notes: Element[] }>();
    // Longer quotes first, so a quotation inside a quotation is anchored inside its host.
    const quotes = [...options.quotes].sort((a, b) => b.text.length - a.text.length || a.id.localeCompare(b.id));
    // Anchoring a quote splits its block's text nodes: that block is read again after it.
    const blocks = textBlocks(tree, notProse);
    for (const quote of quotes) {
      const hits = blocks.flatMap((block, index) =>
        matchQuote(block.text, { exact: quote.text, prefix: quote.prefix, suffix: quote.suffix }).map((m) => ({
          block,
          index,
          ...m,
        })),
      );
      const where = `${quote.prefix ? ` (after “${quote.prefix}”)` : ''}${quote.suffix ? ` (before “${quote.suffix}”)` : ''}`;
      if (hits.length !== 1) {
        addProblem(file, {
          file: quote.file,
          place: quote.place,
          entry: quote.id,
          ...(hits.length === 0
            ? {
                rule: 'quote-not-found',
                reason: `the quote text “${quote.text}”${where} is not in ${file.path}.`,
                fix: 'copy the words exactly as printed inside the quotation marks (straight or typographic marks both match), or correct prefix/suffix.',
              }
            : {
                rule: 'quote-ambiguous',
                reason: `the quote text “${quote.text}” occurs ${hits.length} times in ${file.path} (in ${hits.map((x) => x.block.id).join(', ')}).`,
                fix: 'add `prefix:` with the few words just before the occurrence you mean, or `suffix:` with the words just after it.',
              }),
        });
        continue;
      }
      const { block, index, start, end } = hits[0]!;
      wrap(block, start, end, (children, i) =>
        h('span', { className: ['quote'], id: i === 0 ? quote.id : undefined, dataSpeaker: quote.speaker }, children),
      );
      blocks[index] = reindexBlock(block, notProse);
      const { printed } = block;
      anchored.push({
        id: quote.id,
        block: block.id,
        exact: printed.slice(start, end),
        before: printed.slice(0, start),
        after: printed.slice(end),
        position: [index, start],
      });
      if (quote.note) {
        const entry = notes.get(block.element) ?? { block, notes: [] };
        entry.notes.push(quote.note);
        notes.set(block.element, entry);
      }
    }
    insertNotes(tree, notes, new Map(anchored.map((q) => [q.id, q.position[1]])));
    // Report quotes in reading order (they were anchored longest first).
    anchored.sort((a, b) => a.position[0] - b.position[0] || a.position[1] - b.position[1]);
    // The page's text as a tool reads it, spaces run together as in the blocks' text.
    const text = toString(tree).replace(/\s+/g, ' ');
    articleFacts(file).quotes = anchored.map(({ id, block, exact, before, after }) => ({
      id,
      block,
      selector: selectorFor(text, exact, before, after),
    }));
  };
}

/**
 * The shortest TextQuoteSelector, in steps of {@link SELECTOR_CONTEXT} characters of
 * context, that occurs once in the article's text (notes can quote the same sentence).
 */
function selectorFor(text: string, exact: string, before: string, after: string): TextQuote {
  for (let n = SELECTOR_CONTEXT; ; n += SELECTOR_CONTEXT) {
    const selector = { exact, prefix: before.slice(Math.max(0, before.length - n)), suffix: after.slice(0, n) };
    if (
      occurrences(text, selector.prefix + exact + selector.suffix).length <= 1 ||
      (n >= before.length && n >= after.length)
    )
      return selector;
  }
}

/**
 * Put each block's quote notes in an aside right after it, in the order the quotes appear.
 * Block and notes share a wrapper, so on wide screens the notes sit in the margin level
 * with their paragraph; in reading order they still follow it. In a list item the aside
 * goes inside the item (a list holds only items).
 */
function insertNotes(
  tree: Root,
  notes: Map<Element, { block: TextBlock; notes: Element[] }>,
  startOf: ReadonlyMap<string, number>,
): void {
  visit(tree, 'element', (node, index, parent) => {
    const found = notes.get(node);
    if (!found || !parent || index === undefined) return;
    const list = found.notes;
    const position = (note: Element) => startOf.get(String(note.properties.dataQuote ?? '')) ?? 0;
    list.sort((a, b) => position(a) - position(b));
    // Each aside is a landmark, so each gets a name of its own.
    const label = `Notes on ${list.length === 1 ? 'the quote' : 'the quotes'} in the paragraph beginning “${openingWords(found.block.printed, 5)}”`;
    const aside = h('aside', { className: ['notes'], ariaLabel: label }, list);
    if (found.block.kind === 'list-item') {
      node.children.push(aside);
      return SKIP;
    }
    parent.children.splice(index, 1, h('div', { className: ['annotated'] }, [node, aside]));
    return SKIP;
  });
}
