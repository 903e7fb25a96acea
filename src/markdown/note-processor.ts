import type { ElementContent, Root } from 'hast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeExternalLinks from 'rehype-external-links';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import remarkRejectHtml from './remark-reject-html.ts';
import remarkSafeLinks from './remark-safe-links.ts';
import { EXTERNAL_LINKS } from './article-processor.ts';
import rehypeSiteLinks, { type SiteLink } from './rehype-site-links.ts';
import { BASE } from '../core/urls.ts';

const processor = unified()
  .use(remarkParse)
  .use(remarkRejectHtml)
  .use(remarkSafeLinks)
  .use(remarkRehype)
  .use(rehypeSiteLinks, { base: BASE })
  .use(rehypeExternalLinks, EXTERNAL_LINKS);

/** A short Markdown text from a content field (a note, a summary), rendered. */
export interface RenderedNote {
  hast: ElementContent[];
  html: string;
  /** The words a reader sees, blocks on lines of their own (hast-util-to-text). */
  text: string;
  /** Links to this site's pages, as written, for checking. */
  siteLinks: SiteLink[];
  messages: VFileMessage[];
}

/**
 * Render a short Markdown text from a content field; raw HTML, images and unsafe links are
 * problems naming the file and `field` (e.g. `charap-not-ready, annotation`).
 */
export function renderNote(markdown: string, path: string, field?: string): RenderedNote {
  const file = new VFile({ value: markdown, path, data: field ? { field } : {} });
  const tree = processor.runSync(processor.parse(file), file) as Root;
  const hast = tree.children.filter(
    (c): c is ElementContent => c.type !== 'doctype' && !(c.type === 'text' && !c.value.trim()),
  );
  return {
    hast,
    html: toHtml(hast),
    text: toText(tree).trim(),
    siteLinks: file.data.siteLinks ?? [],
    messages: file.messages,
  };
}
