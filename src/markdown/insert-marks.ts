import type { Element, ElementContent, Text } from 'hast';

/** An element to put into rendered Markdown right after its first `end` characters of text. */
export interface Mark {
  end: number;
  element: Element;
}

/**
 * A copy of rendered Markdown with each mark put in after the text it follows: offsets
 * count the characters of the text nodes in document order (hast-util-to-string's text),
 * and a text node is split where a mark falls inside it. A mark that falls inside a link
 * goes right after the link (a link may not hold another). Marks at the same offset keep
 * their order.
 */
export function insertMarks(nodes: readonly ElementContent[], marks: readonly Mark[]): ElementContent[] {
  const pending = [...marks].sort((a, b) => a.end - b.end);
  let at = 0;
  const walk = (list: readonly ElementContent[]): ElementContent[] => {
    const out: ElementContent[] = [];
    for (const node of list) {
      if (node.type === 'element' && node.tagName === 'a') {
        // Text inside the link is counted, but its marks wait until the link ends.
        const before = at;
        const text = textOf(node);
        out.push(node);
        at = before + text.length;
        while (pending.length > 0 && pending[0]!.end <= at) out.push(structuredClone(pending.shift()!.element));
        continue;
      }
      if (node.type === 'text') {
        let text = node.value;
        let start = at;
        while (pending.length > 0 && pending[0]!.end <= start + text.length && pending[0]!.end >= start) {
          const cut = pending[0]!.end - start;
          if (cut > 0) out.push({ type: 'text', value: text.slice(0, cut) } satisfies Text);
          out.push(structuredClone(pending.shift()!.element));
          text = text.slice(cut);
          start += cut;
        }
        if (text) out.push({ type: 'text', value: text });
        at = start + text.length;
      } else if (node.type === 'element') {
        out.push({ ...node, children: walk(node.children) });
      } else {
        out.push(node);
      }
    }
    return out;
  };
  const result = walk(nodes);
  return result;
}

/** The text of an element's text nodes, run together. */
function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}
