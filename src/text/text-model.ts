import type { Element, ElementContent, Parents, Root, Text } from 'hast';
import { mapNormalized } from './normalize.ts';

/**
 * The one text model of the article pipeline, after Apache Annotator's chunks and the
 * block rules of `hast-util-to-text`: what a block is, what its text is (normalized for
 * matching and as printed), and how a stretch of that text maps back to the tree. Block
 * ids, quote anchoring, quotation coverage and mention matching all read text through it.
 */

/** What a block is; each kind is a unit of reading with an id of its own. */
export type BlockKind = 'paragraph' | 'list-item' | 'caption' | 'heading';

/** Decides which elements' text is not part of the prose (permalinks, notes, markers). */
export type Skip = (element: Element) => boolean;

/** Where one character of a block's text came from; a separator between blocks has no node. */
export interface Origin {
  node: Text | null;
  parent: Element | null;
  /** Offsets into `node.value`: [start, end). */
  start: number;
  end: number;
}

/** A block of prose with its text and the way back to the tree. */
export interface TextBlock {
  element: Element;
  kind: BlockKind;
  /** The id it is known by: its own, or for a caption its figure's ('' before ids exist). */
  id: string;
  /** The id of the section heading (h2) it falls under, if any. */
  section?: string;
  /** Normalized for matching: NFC, straight quote marks, single spaces. */
  text: string;
  /** The same characters as printed (typographic marks kept); same length as `text`. */
  printed: string;
  /** One origin per character of `text`. */
  origins: Origin[];
}

/** One piece of a located range: a stretch of one text node. */
export interface Piece {
  node: Text;
  parent: Element;
  start: number;
  end: number;
}

/** Elements whose text does not run on from what comes before them inside a block. */
const BREAKS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'small', 'figcaption', 'blockquote']);
/** Elements that hold blocks rather than being one (a loose list item holds paragraphs). */
const CONTAINERS = new Set(['p', 'ul', 'ol', 'div', 'blockquote', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const LISTS = new Set(['ul', 'ol']);

/**
 * The kind of block an element is, or undefined for elements that only hold blocks. A
 * list item is a block when it has words of its own (a tight item, with or without a
 * nested list after them); a loose item only holds paragraphs.
 */
function blockKind(element: Element): BlockKind | undefined {
  if (element.tagName === 'figure') return 'caption';
  if (element.tagName === 'p') return 'paragraph';
  if (HEADINGS.has(element.tagName)) return 'heading';
  if (element.tagName === 'li' && ownWords(element)) return 'list-item';
  return undefined;
}

/** True when an element has text outside the blocks it holds. */
function ownWords(element: Element): boolean {
  return element.children.some((c) =>
    c.type === 'text' ? c.value.trim() !== '' : c.type === 'element' && !CONTAINERS.has(c.tagName),
  );
}

/** True for elements that carry a class. */
export function hasClass(element: Element, name: string): boolean {
  const c = element.properties.className;
  return Array.isArray(c) && c.includes(name);
}

/**
 * Every block of prose in a tree, in reading order: paragraphs (in block quotes and
 * footers too), tight list items, photo captions (the whole figure) and headings.
 * Elements that `skip` rejects are left out with everything inside them.
 */
export function textBlocks(tree: Root | Element, skip: Skip = () => false): TextBlock[] {
  const blocks: TextBlock[] = [];
  let section: string | undefined;
  const walk = (parent: Parents) => {
    for (const child of parent.children) {
      if (child.type !== 'element' || skip(child)) continue;
      const kind = blockKind(child);
      if (!kind) {
        walk(child);
        continue;
      }
      const id = typeof child.properties.id === 'string' ? child.properties.id : '';
      if (child.tagName === 'h2') section = id || undefined;
      const nested = nestedLists(child, kind);
      blocks.push({ ...indexBlock(child, withoutNested(nested, skip)), element: child, kind, id, section });
      for (const list of nested) walk(list);
    }
  };
  walk(tree);
  return blocks;
}

/** A list item's nested lists: blocks of their own, read after the item's words. */
function nestedLists(element: Element, kind: BlockKind): Element[] {
  return kind === 'list-item'
    ? element.children.filter((c): c is Element => c.type === 'element' && LISTS.has(c.tagName))
    : [];
}

const withoutNested = (nested: Element[], skip: Skip): Skip =>
  nested.length ? (el) => skip(el) || nested.includes(el) : skip;

/**
 * One block read again after its element's children changed (a quote wrapped in a span
 * splits text nodes): the same text, with origins in the nodes it has now. Cheaper than
 * `textBlocks` again when one block of many changed.
 */
export function reindexBlock(block: TextBlock, skip: Skip = () => false): TextBlock {
  return { ...block, ...indexBlock(block.element, withoutNested(nestedLists(block.element, block.kind), skip)) };
}

/**
 * The text of one block, normalized, with an origin for every character. Nested blocks
 * (a caption's credit after its text, a line break) are kept apart by a space that comes
 * from no node, so words of two blocks never run together and snippets read correctly.
 */
export function indexBlock(block: Element, skip: Skip = () => false): Pick<TextBlock, 'text' | 'printed' | 'origins'> {
  let text = '';
  let printed = '';
  const origins: Origin[] = [];
  const separate = () => {
    if (text && !text.endsWith(' ')) {
      text += ' ';
      printed += ' ';
      origins.push({ node: null, parent: null, start: 0, end: 0 });
    }
  };
  const walk = (parent: Element) => {
    for (const child of parent.children) {
      if (child.type === 'element') {
        if (skip(child)) continue;
        const breaks = BREAKS.has(child.tagName);
        if (breaks) separate();
        walk(child);
        if (breaks) separate();
      } else if (child.type === 'text') {
        for (const ch of mapNormalized(child.value, text === '' || text.endsWith(' '))) {
          text += ch.text;
          printed += ch.printed;
          origins.push({ node: child, parent, start: ch.start, end: ch.end });
        }
      }
    }
  };
  walk(block);
  // No space at either end: a block's text starts and ends with its words.
  while (text.endsWith(' ')) {
    text = text.slice(0, -1);
    printed = printed.slice(0, -1);
    origins.pop();
  }
  return { text, printed, origins };
}

/**
 * The pieces of text nodes that hold characters [start, end) of a block, in order: one
 * piece per text node the range touches (separators between blocks belong to none).
 */
export function locate(block: Pick<TextBlock, 'origins'>, start: number, end: number): Piece[] {
  const pieces: Piece[] = [];
  for (let i = start; i < end; i++) {
    const o = block.origins[i];
    if (!o?.node || !o.parent) continue;
    const last = pieces.at(-1);
    if (last && last.node === o.node) last.end = Math.max(last.end, o.end);
    else pieces.push({ node: o.node, parent: o.parent, start: o.start, end: o.end });
  }
  return pieces;
}

/**
 * Wrap characters [start, end) of a block in new elements without changing the text: each
 * text node the range touches is split at the range's ends and its piece wrapped (as
 * Annotator's highlightText does); `make` builds the wrapper for piece `i`. The original
 * node keeps the text before the range, so origins of earlier ranges stay valid: wrap
 * several ranges of one block from the last to the first.
 */
export function wrap(
  block: Pick<TextBlock, 'origins'>,
  start: number,
  end: number,
  make: (children: ElementContent[], i: number) => Element,
): Element[] {
  const pieces = locate(block, start, end);
  const made: Element[] = [];
  // From the last piece back, so splitting one node never moves another piece's text.
  for (let i = pieces.length - 1; i >= 0; i--) {
    const { node, parent, start: from, end: to } = pieces[i]!;
    const at = parent.children.indexOf(node);
    const middle: Text = { type: 'text', value: node.value.slice(from, to) };
    const after = node.value.slice(to);
    node.value = node.value.slice(0, from);
    const wrapper = make([middle], i);
    const inserted: ElementContent[] = [wrapper];
    if (after) inserted.push({ type: 'text', value: after });
    parent.children.splice(at + 1, 0, ...inserted);
    if (!node.value) parent.children.splice(at, 1);
    made.unshift(wrapper);
  }
  return made;
}

/** Every start offset of `needle` in `haystack`. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}
