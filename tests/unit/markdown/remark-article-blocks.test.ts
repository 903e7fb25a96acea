import { describe, expect, it } from 'vitest';
import remarkArticleBlocks from '../../../src/markdown/remark-article-blocks.ts';
import { runPlugins, pluginHtml, problemLines } from '../../helpers/render.ts';

describe('remark-article-blocks', () => {
  it('renders a caption with its credit as a figure without an image', async () => {
    expect(await pluginHtml(':::caption{credit="Photo: Agency"}\nLeaders meet.\n:::', [remarkArticleBlocks])).toBe(
      '<figure class="photo-caption"><figcaption><p>Leaders meet.</p> <small class="credit">Photo: Agency</small></figcaption></figure>',
    );
  });

  it('renders a caption without a credit', async () => {
    expect(await pluginHtml(':::caption\nTwo leaders.\n:::', [remarkArticleBlocks])).toBe(
      '<figure class="photo-caption"><figcaption><p>Two leaders.</p></figcaption></figure>',
    );
  });

  it('renders the contact line as the article footer', async () => {
    expect(await pluginHtml(':::contact\nWrite to A at <a@example.com>\n:::', [remarkArticleBlocks])).toBe(
      '<footer class="article-contact"><p>Write to A at <a href="mailto:a@example.com">a@example.com</a></p></footer>',
    );
  });

  it('keeps text that only looks like a directive, exactly as written', async () => {
    expect(await pluginHtml('Kickoff at 10:30am and a:b[c].', [remarkArticleBlocks])).toBe(
      '<p>Kickoff at 10:30am and a:b[c].</p>',
    );
    expect(await pluginHtml('A ratio of 3:1{x=y} and a:b[*c*]{d}.', [remarkArticleBlocks])).toBe(
      '<p>A ratio of 3:1{x=y} and a:b[*c*]{d}.</p>',
    );
  });

  it('reports a caption attribute it does not know, and an empty caption', () => {
    const file = runPlugins(':::caption{credt="Photo: AP"}\nLeaders meet.\n:::\n\n:::caption\n:::', [
      remarkArticleBlocks,
    ]);
    expect(problemLines(file.messages)).toEqual([
      'content/articles/test.md:1 line 1: the caption has an attribute it does not know: “credt”. (caption-form) How to fix: a caption takes only a credit: a photo caption, rendered without the photo: `:::caption{credit="Photo: Agency"}`.',
      'content/articles/test.md:5 line 5: the caption is empty. (caption-form) How to fix: write the caption’s words between `:::caption` and `:::`, or remove it.',
    ]);
  });

  it('reports an unknown block, naming the file, the line and the fix, and keeps its text', () => {
    const file = runPlugins('Intro.\n\n:::sidebar\nText\n:::', [remarkArticleBlocks]);
    expect(problemLines(file.messages)).toEqual([
      'content/articles/test.md:3 line 3: unknown block “:::sidebar”. (known-blocks) How to fix: use one of: a photo caption, rendered without the photo: `:::caption{credit="Photo: Agency"}`; the authors’ contact line: `:::contact`.',
    ]);
    expect(String(file)).toBe('<p>Intro.</p>\n<div><p>Text</p></div>');
  });
});
