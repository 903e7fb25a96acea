import type { ElementContent, Root } from 'hast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import remarkRejectHtml from '../integrations/remark-reject-html.ts';

const processor = unified().use(remarkParse).use(remarkRejectHtml).use(remarkRehype);

/** A short Markdown text from content (a note, a summary) as HAST; raw HTML stops the build. */
export function markdownToHast(markdown: string, path: string): ElementContent[] {
  const file = new VFile({ value: markdown, path });
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return tree.children.filter((c): c is ElementContent => c.type !== 'doctype' && !(c.type === 'text' && !c.value.trim()));
}

/** A short Markdown text from content as an HTML string. */
export function markdownToHtml(markdown: string, path: string): string {
  return toHtml(markdownToHast(markdown, path));
}
