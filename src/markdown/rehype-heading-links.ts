import type { Root, Element } from 'hast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { permalink } from './permalink.ts';
import { articleFacts } from './article-facts.ts';

const RANKS: Record<string, number> = { h2: 2, h3: 3, h4: 4 };

/**
 * After each section heading (with an id from rehype-slug) add a permalink, as Starlight
 * does: heading and link sit in one wrapper so the link follows the heading for screen
 * readers and keyboard users. The headings are recorded in `file.data.article.headings`
 * for the table of contents, as Astro's rehype-collect-headings does.
 */
export default function rehypeHeadingLinks() {
  return (tree: Root, file: VFile) => {
    const headings = articleFacts(file).headings;
    visit(tree, 'element', (node, index, parent) => {
      const depth = RANKS[node.tagName];
      const id = node.properties.id;
      if (!depth || typeof id !== 'string' || !parent || index === undefined) return;
      const text = toString(node);
      headings.push({ depth, id, text });
      const wrapper: Element = h('div', { className: ['heading-wrapper', `level-${node.tagName}`] }, [
        node,
        permalink(id, `Link to section “${text}”`, '#'),
      ]);
      parent.children.splice(index, 1, wrapper);
      return [SKIP, index + 1];
    });
  };
}
