import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { addProblem } from '../problems/problem.ts';
import { whereIn } from './article-facts.ts';

/**
 * Raw HTML in content could carry scripts or break the page's structure, and nothing in a
 * news article needs it: it is reported as a problem and removed from the output.
 */
export default function remarkRejectHtml() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'html', (node, index, parent) => {
      addProblem(file, {
        rule: 'no-raw-html',
        entry: whereIn(file, node.position?.start.line),
        reason: `raw HTML is not allowed in content: ${JSON.stringify(node.value.split('\n')[0]!.slice(0, 60))}.`,
        fix: 'write it in Markdown (a caption is `:::caption`, a link is `[text](url)`), or remove it.',
        place: node.position,
      });
      if (parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
    });
  };
}
