import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * A line break inside a paragraph of the source is a space to the reader: write it as one.
 * The page's text is then the text the quote selectors and snippets are built from, so
 * an annotation tool matching a selector against the page finds it character for
 * character (a browser shows a newline and a space alike).
 */
export default function remarkSoftBreaks() {
  return (tree: Root) => {
    visit(tree, 'text', (node) => {
      if (node.value.includes('\n')) node.value = node.value.replace(/[ \t]*\r?\n[ \t]*/g, ' ');
    });
  };
}
