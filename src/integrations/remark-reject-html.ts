import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { ContentError } from '../utils/content-error.ts';

declare module 'vfile' {
  interface DataMap {
    /** For Markdown held in a field of a data entry: the entry and field, e.g. `charap-not-ready, annotation`. */
    field: string;
  }
}

/**
 * Raw HTML in content could carry scripts or break the page's structure, and nothing in a
 * news article needs it, so it stops the build rather than passing through.
 */
export default function remarkRejectHtml() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'html', (node) => {
      throw new ContentError({
        file: file.path,
        entry: `${file.data.field ? `${file.data.field}, ` : ''}line ${node.position?.start.line ?? '?'}`,
        problem: `raw HTML is not allowed in content: ${JSON.stringify(node.value.split('\n')[0]!.slice(0, 60))}.`,
        fix: 'write it in Markdown (a caption is `:::caption`, a link is `[text](url)`), or remove it.',
      });
    });
  };
}
