import { expect } from 'vitest';
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { renderArticle, type Annotations, type RenderedArticle } from '../../src/markdown/article-processor.ts';
import type { QuoteAnchor } from '../../src/markdown/rehype-quote-anchors.ts';

export const FILE = 'content/articles/test.md';

/** Render Markdown through the real article pipeline; the HTML without paragraph permalinks and report links. */
export function render(markdown: string, annotations: Annotations = {}): RenderedArticle {
  const result = renderArticle(markdown, FILE, annotations);
  return { ...result, html: result.html.replace(/<a class="(?:permalink|report-link)".*?<\/a>/g, '') };
}

/** Problems as one line each: `file:line entry: reason (rule) How to fix: …`. */
export function problemLines(messages: readonly VFileMessage[]): string[] {
  return messages.map((m) => `${m.file}:${m.line ?? '?'} ${m.reason} (${m.ruleId}) ${m.note ?? ''}`.trim());
}

/** Markdown through remark-parse, the given plugins and remark-rehype: the file (HTML and messages). */
export function runPlugins(markdown: string, remark: PluggableList = [], rehype: PluggableList = []): VFile {
  const processor = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remark)
    .use(remarkRehype)
    .use(rehype)
    .use(rehypeStringify);
  return processor.processSync(new VFile({ value: markdown, path: FILE }));
}

/** Markdown in, HTML out through the given plugins, which must report no problem. */
export async function pluginHtml(
  markdown: string,
  remark: PluggableList = [],
  rehype: PluggableList = [],
): Promise<string> {
  const file = runPlugins(markdown, remark, rehype);
  expect(problemLines(file.messages)).toEqual([]);
  return String(file);
}

/** A quote for anchoring, as a test writes it: without a file and speaker, which get defaults. */
export type TestQuote = Omit<QuoteAnchor, 'file' | 'speaker'>;

/** Test quotes as the anchoring plugin takes them. */
export const anchorsFor = (quotes: TestQuote[]): QuoteAnchor[] =>
  quotes.map((q) => ({ file: `content/quotes/${q.id}.yaml`, place: { line: 3, column: 7 }, speaker: 'someone', ...q }));

/** Render Markdown with the given quotes: the HTML without paragraph permalinks; there must be no problem. */
export function anchored(markdown: string, quotes: TestQuote[]): string {
  const result = render(markdown, { quotes: anchorsFor(quotes) });
  expect(problemLines(result.messages)).toEqual([]);
  return result.html;
}

/** The problems rendering with the given quotes reports, one line each. */
export function anchorProblems(markdown: string, quotes: TestQuote[]): string[] {
  return problemLines(render(markdown, { quotes: anchorsFor(quotes) }).messages);
}
