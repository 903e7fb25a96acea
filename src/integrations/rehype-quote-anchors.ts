import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { h } from 'hastscript';
import { ContentError } from '../utils/content-error.ts';
import { findQuotations, quotationKey, unbalancedMarks } from '../utils/quotations.ts';
import { hasClass, indexText, occurrences, proseText, wrapRange, type TextIndex } from '../utils/text-index.ts';
import { firstWords, normalizeText } from '../utils/text.ts';

/** What the anchoring needs to know of one quote entry. */
export interface QuoteAnchor {
  id: string;
  /** The entry's file, for error messages. */
  file: string;
  text: string;
  prefix?: string;
  suffix?: string;
  speaker: string;
  /** The annotation shown beside the paragraph (built by the caller), if any. */
  note?: Element;
}

export interface AnchoredQuote {
  id: string;
  /** The id of the paragraph that holds the quote. */
  paragraph: string;
}

declare module 'vfile' {
  interface DataMap {
    anchoredQuotes: AnchoredQuote[];
  }
}

/** Text that is not the article's prose: permalinks, notes, markers. */
export const notProse = (el: Element) =>
  hasClass(el, 'permalink') || el.tagName === 'aside' || hasClass(el, 'event-markers') || hasClass(el, 'preview');

/** A paragraph of the article proper, photo captions included, with the id that names it. */
interface Block {
  element: Element;
  id: string;
}

/** The article's paragraphs in order; a caption's paragraph is named by its figure's id. */
function paragraphs(tree: Root): Block[] {
  const found: Block[] = [];
  visit(tree, 'element', (node) => {
    if (node.tagName === 'aside') return SKIP;
    if (node.tagName === 'figure') {
      visit(node, 'element', (inner) => {
        if (inner.tagName === 'p') found.push({ element: inner, id: String(node.properties.id ?? 'a photo caption') });
      });
      return SKIP;
    }
    if (node.tagName === 'p' && typeof node.properties.id === 'string') found.push({ element: node, id: node.properties.id });
  });
  return found;
}

/** Where the quote's words occur, honouring its prefix and suffix (quote marks and spaces between are allowed). */
function matches(index: TextIndex, quote: QuoteAnchor): number[] {
  const text = normalizeText(quote.text);
  const letter = /[\p{L}\p{N}]/u;
  return occurrences(index.text, text).filter((at) => {
    // Whole words only: “afraid” is not inside “unafraid”.
    if (letter.test(text.charAt(0)) && letter.test(index.text.charAt(at - 1))) return false;
    if (letter.test(text.charAt(text.length - 1)) && letter.test(index.text.charAt(at + text.length))) return false;
    const before = index.text.slice(0, at).replace(/["'\s]+$/, '');
    const after = index.text.slice(at + text.length).replace(/^["'\s,.]+/, '');
    return (!quote.prefix || endsWithWords(before, quote.prefix)) && (!quote.suffix || startsWithWords(after, quote.suffix));
  });
}

/** True when `text` ends with `words` as whole words ("she said" does not end with "he said"). */
function endsWithWords(text: string, words: string): boolean {
  const w = normalizeText(words).trim();
  return text.endsWith(w) && !/[\p{L}\p{N}]/u.test(text.charAt(text.length - w.length - 1));
}

/** True when `text` starts with `words` as whole words. */
function startsWithWords(text: string, words: string): boolean {
  const w = normalizeText(words).trim();
  return text.startsWith(w) && !/[\p{L}\p{N}]/u.test(text.charAt(w.length));
}

/**
 * Anchor each quote entry to its exact words in the article, like a W3C TextQuoteSelector:
 * the words are wrapped in `<span class="quote" id=…>` and left unchanged, and the quote's
 * note goes in an `<aside>` after its paragraph. A quote that is missing or ambiguous, and
 * a quotation in the article that no entry covers, stop the build.
 */
export default function rehypeQuoteAnchors(options: { quotes: QuoteAnchor[] }) {
  return (tree: Root, file: VFile) => {
    const blocks = paragraphs(tree);
    const anchored: (AnchoredQuote & { position: [number, number] })[] = [];
    const notes = new Map<Element, Element[]>();
    // Longer quotes first, so a quotation inside a quotation is anchored inside its host.
    const quotes = [...options.quotes].sort((a, b) => b.text.length - a.text.length);
    for (const quote of quotes) {
      const hits = blocks.flatMap((block) => {
        const index = indexText(block.element, notProse);
        return matches(index, quote).map((at) => ({ block, index, at }));
      });
      if (hits.length === 0) {
        throw new ContentError({
          file: quote.file,
          entry: quote.id,
          problem: `the quote text “${quote.text}”${quote.prefix ? ` (after “${quote.prefix}”)` : ''}${quote.suffix ? ` (before “${quote.suffix}”)` : ''} is not in ${file.path}.`,
          fix: 'copy the words exactly as printed inside the quotation marks (straight or typographic marks both match), or correct prefix/suffix.',
        });
      }
      if (hits.length > 1) {
        throw new ContentError({
          file: quote.file,
          entry: quote.id,
          problem: `the quote text “${quote.text}” occurs ${hits.length} times in ${file.path} (in ${hits.map((x) => x.block.id).join(', ')}).`,
          fix: 'add `prefix:` with the few words just before the occurrence you mean, or `suffix:` with the words just after it.',
        });
      }
      const { block, index, at } = hits[0]!;
      const length = normalizeText(quote.text).length;
      const ok = wrapRange(index, at, at + length, (text) =>
        h('span', { className: ['quote'], id: quote.id, dataSpeaker: quote.speaker }, [text]),
      );
      if (!ok) {
        throw new ContentError({
          file: quote.file,
          entry: quote.id,
          problem: `the quote text “${quote.text}” crosses a link or emphasis in ${file.path}, so it cannot be marked.`,
          fix: 'quote only words inside one stretch of plain text, or remove the formatting in the article.',
        });
      }
      anchored.push({ id: quote.id, paragraph: block.id, position: [blocks.indexOf(block), at] });
      if (quote.note) notes.set(block.element, [...(notes.get(block.element) ?? []), quote.note]);
    }
    checkCoverage(blocks, options.quotes, file);
    insertNotes(tree, notes);
    // Report quotes in reading order (they were anchored longest first).
    anchored.sort((a, b) => a.position[0] - b.position[0] || a.position[1] - b.position[1]);
    file.data.anchoredQuotes = anchored.map(({ id, paragraph }) => ({ id, paragraph }));
  };
}

/** Fail when a quotation in the article has no quote entry, or its marks do not pair up. */
function checkCoverage(blocks: Block[], quotes: QuoteAnchor[], file: VFile): void {
  const covered = new Set(quotes.map((q) => quotationKey(q.text)));
  const missing: string[] = [];
  for (const block of blocks) {
    const prose = proseText(block.element, notProse);
    const unbalanced = unbalancedMarks(prose);
    if (unbalanced) {
      throw new ContentError({
        file: String(file.path),
        entry: block.id,
        problem: `the quotation marks do not pair up: ${unbalanced}.`,
        fix: 'close every quotation in the paragraph it opens in (or fix a stray mark), so each quotation can be found and annotated.',
      });
    }
    for (const quotation of findQuotations(prose)) {
      if (!covered.has(quotationKey(quotation.text))) missing.push(`${block.id}: “${quotationKey(quotation.text)}”`);
    }
  }
  if (missing.length > 0) {
    throw new ContentError({
      file: String(file.path),
      entry: missing.length === 1 ? 'a quotation' : `${missing.length} quotations`,
      problem: `no quote entry covers ${missing.join('; ')}.`,
      fix: 'add a file to content/quotes/ with `text:` set to those words, the speaker, when it was said, context and annotation.',
    });
  }
}

/** Put each paragraph's quote notes in an aside right after it, in the order the quotes appear. */
function insertNotes(tree: Root, notes: Map<Element, Element[]>): void {
  visit(tree, 'element', (node, index, parent) => {
    const list = notes.get(node);
    if (!list || !parent || index === undefined) return;
    const position = (note: Element) => findPosition(node, String(note.properties.dataQuote ?? '')) ?? 0;
    list.sort((a, b) => position(a) - position(b));
    // Each aside is a landmark, so each gets a name of its own.
    const label = `Notes on ${list.length === 1 ? 'the quote' : 'the quotes'} in the paragraph beginning “${firstWords(proseText(node, notProse).replace(/^[\s"'“‘]+/, ''), 5)}”`;
    // Paragraph and notes share a wrapper, so on wide screens the notes sit in the margin
    // level with their paragraph; in reading order they still follow it.
    const aside = h('aside', { className: ['notes'], ariaLabel: label }, list);
    parent.children.splice(index, 1, h('div', { className: ['annotated'] }, [node, aside]));
    return SKIP;
  });
}

/** The position in reading order of the element with the given id inside a block. */
function findPosition(block: Element, id: string): number | undefined {
  let position = 0;
  let found: number | undefined;
  visit(block, (node) => {
    if (found !== undefined) return SKIP;
    if (node.type === 'element' && node.properties.id === id) found = position;
    else if (node.type === 'text') position += node.value.length;
  });
  return found;
}
