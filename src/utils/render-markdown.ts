import type { ElementContent, Root } from 'hast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import remarkRejectHtml from '../integrations/remark-reject-html.ts';
import remarkSafeLinks from '../integrations/remark-safe-links.ts';
import rehypeExternalLinks from '../integrations/rehype-external-links.ts';

const processor = unified().use(remarkParse).use(remarkRejectHtml).use(remarkSafeLinks).use(remarkRehype).use(rehypeExternalLinks);

/**
 * A short Markdown text from a content field (a note, a summary) as HAST; raw HTML stops
 * the build, naming the file and `field` (e.g. `charap-not-ready, annotation`).
 */
export function markdownToHast(markdown: string, path: string, field?: string): ElementContent[] {
  const file = new VFile({ value: markdown, path, data: field ? { field } : {} });
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return tree.children.filter((c): c is ElementContent => c.type !== 'doctype' && !(c.type === 'text' && !c.value.trim()));
}

/** A short Markdown text from content as an HTML string. */
export function markdownToHtml(markdown: string, path: string, field?: string): string {
  return toHtml(markdownToHast(markdown, path, field));
}
