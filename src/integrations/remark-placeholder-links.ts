import type { Root, Parent } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';

/**
 * The source marks some phrases as links to `#`: links to other stories of the original
 * site that we do not have. A link to nowhere misleads readers, so keep only its words.
 */
export default function remarkPlaceholderLinks() {
  return (tree: Root) => {
    visit(tree, 'link', (node, index, parent) => {
      if (node.url !== '#' || !parent || index === undefined) return;
      (parent as Parent).children.splice(index, 1, ...node.children);
      return [SKIP, index];
    });
  };
}
