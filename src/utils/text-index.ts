import type { Element, ElementContent, Parent, Text } from 'hast';
import { normalizeText } from './text.ts';

/** Where one character of the normalized text came from. */
interface Origin {
  node: Text;
  parent: Element;
  offset: number;
}

/** A block's text, normalized for matching, with the way back to the tree. */
export interface TextIndex {
  /** Straight quotes, single spaces: see normalizeText. */
  text: string;
  origins: Origin[];
}

/** Decides which elements' text is not part of the prose (permalinks, notes, markers). */
export type Skip = (element: Element) => boolean;

/** Elements whose text does not run on from what comes before them. */
const BREAKS = new Set(['p', 'small', 'br', 'li', 'div']);

/** True for elements that carry a class. */
export function hasClass(element: Element, name: string): boolean {
  const c = element.properties.className;
  return Array.isArray(c) && c.includes(name);
}

/**
 * Index the prose text of a block: every character of its text nodes, in order, through
 * the same normalization as `normalizeText`, each mapped back to its node and offset.
 */
export function indexText(block: Element, skip: Skip): TextIndex {
  const origins: Origin[] = [];
  let text = '';
  const walk = (parent: Element) => {
    for (const child of parent.children) {
      if (child.type === 'element') {
        if (skip(child)) continue;
        // A block inside a block (a caption's credit after its text) starts a new word.
        const last = origins.at(-1);
        if (BREAKS.has(child.tagName) && last && !text.endsWith(' ')) {
          text += ' ';
          origins.push(last);
        }
        walk(child);
      } else if (child.type === 'text') {
        for (let i = 0; i < child.value.length; i++) {
          const ch = normalizeText(child.value[i]!);
          if (ch === ' ' && text.endsWith(' ')) continue;
          text += ch;
          origins.push({ node: child, parent, offset: i });
        }
      }
    }
  };
  walk(block);
  return { text, origins };
}

/** Every start offset of `needle` in `haystack`. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/**
 * Wrap the characters [start, end) of an indexed block in a new element, leaving the text
 * itself unchanged. The range must lie in one text node; returns false when it does not.
 * The original node keeps the text before the range, so an index stays valid for every
 * range that comes earlier: wrap several ranges of one index from the last to the first.
 */
export function wrapRange(index: TextIndex, start: number, end: number, wrapper: (text: Text) => Element): boolean {
  const first = index.origins[start];
  const last = index.origins[end - 1];
  if (!first || !last || first.node !== last.node) return false;
  const { node, parent } = first;
  const at = parent.children.indexOf(node);
  const middle = node.value.slice(first.offset, last.offset + 1);
  const after = node.value.slice(last.offset + 1);
  node.value = node.value.slice(0, first.offset);
  const inserted: ElementContent[] = [wrapper({ type: 'text', value: middle })];
  if (after) inserted.push({ type: 'text', value: after });
  (parent as Parent).children.splice(at + 1, 0, ...inserted);
  return true;
}

/** The prose text of a block as written (not normalized), skipping what `skip` rejects. */
export function proseText(block: Element, skip: Skip): string {
  return block.children
    .map((child) => (child.type === 'text' ? child.value : child.type === 'element' && !skip(child) ? proseText(child, skip) : ''))
    .join('');
}
