import { describe, expect, it } from 'vitest';
import remarkRejectHtml from '../../../src/markdown/remark-reject-html.ts';
import { runPlugins, pluginHtml, problemLines } from '../../helpers/render.ts';

describe('remark-reject-html', () => {
  it('reports raw HTML, naming the file, the line and the fix, and leaves it out', () => {
    const file = runPlugins('Fine.\n\n<script>alert(1)</script>', [remarkRejectHtml]);
    expect(problemLines(file.messages)).toEqual([
      'content/articles/test.md:3 line 3: raw HTML is not allowed in content: "<script>alert(1)</script>". (no-raw-html) How to fix: write it in Markdown (a caption is `:::caption`, a link is `[text](url)`), or remove it.',
    ]);
    expect(String(file)).toBe('<p>Fine.</p>');
  });

  it('reports inline HTML too, every instance', () => {
    const file = runPlugins('A <b onclick="x()">bold</b> claim.', [remarkRejectHtml]);
    expect(file.messages.map((m) => m.reason)).toEqual([
      'line 1: raw HTML is not allowed in content: "<b onclick=\\"x()\\">".',
      'line 1: raw HTML is not allowed in content: "</b>".',
    ]);
  });

  it('lets Markdown through', async () => {
    expect(await pluginHtml('Plain *text*.', [remarkRejectHtml])).toBe('<p>Plain <em>text</em>.</p>');
  });
});
