import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Links to other sites must not give them a handle on this page or its address. */
export default function rehypeExternalLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'a' && /^https?:\/\//.test(String(node.properties.href ?? ''))) {
        node.properties.rel = ['noopener', 'noreferrer'];
      }
    });
  };
}
