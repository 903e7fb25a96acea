import type { VFileMessage } from 'vfile-message';
import { renderArticle, type Annotations, type RenderedArticle } from '../../src/markdown/article-processor.ts';

export const FILE = 'content/articles/test.md';

/** Render Markdown through the real article pipeline; the HTML without paragraph permalinks. */
export function render(markdown: string, annotations: Annotations = {}): RenderedArticle {
  const result = renderArticle(markdown, FILE, annotations);
  return { ...result, html: result.html.replace(/<a class="permalink".*?<\/a>/g, '') };
}

/** Problems as one line each: `file:line entry: reason (rule) How to fix: …`. */
export function problemLines(messages: readonly VFileMessage[]): string[] {
  return messages.map((m) => `${m.file}:${m.line ?? '?'} ${m.reason} (${m.ruleId}) ${m.note ?? ''}`.trim());
}
