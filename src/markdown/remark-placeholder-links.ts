import type { Root, Parent } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';

/**
 * The source marks some phrases as links to `#`: links to other stories of the original
 * site that we do not have. A link to nowhere misleads readers, so keep only its words.
 */
export default function remarkPlaceholderLinks() {
  return (tree: Root) => {
    const touched = new Set<Parent>();
    visit(tree, 'link', (node, index, parent) => {
      if (node.url !== '#' || !parent || index === undefined) return;
      (parent as Parent).children.splice(index, 1, ...node.children);
      touched.add(parent as Parent);
      return [SKIP, index];
    });
    // The link's words and the text around it become one run again, so a name or a quote
    // that spans the old link boundary reads (and matches) as plain text.
    for (const parent of touched) mergeText(parent);
  };
}

/** Join adjacent text nodes of a parent. */
function mergeText(parent: Parent): void {
  parent.children = parent.children.reduce<Parent['children']>((out, child) => {
    const last = out.at(-1);
    if (last?.type === 'text' && child.type === 'text') last.value += child.value;
    else out.push(child);
    return out;
  }, []);
}
