import { describe, expect, it } from 'vitest';
import remarkArticleBlocks from '../../../src/markdown/remark-article-blocks.ts';
import rehypeBlockIds from '../../../src/markdown/rehype-block-ids.ts';
import { pluginHtml } from '../../helpers/render.ts';

describe('rehype-block-ids', () => {
  it('gives each paragraph an id from its first words, a permalink and a link to report an error in it', async () => {
    expect(await pluginHtml('Putin met Zelensky in Paris in 2019.', [], [rehypeBlockIds])).toBe(
      '<p id="p-putin-met-zelensky-in-paris">Putin met Zelensky in Paris in 2019.' +
        '<a class="permalink" href="#p-putin-met-zelensky-in-paris"><span aria-hidden="true">¶</span>' +
        '<span class="sr-only">Link to paragraph beginning “Putin met Zelensky in Paris…”</span></a>' +
        '<a class="report-link" href="#report-error" data-report=""><span aria-hidden="true">⚑</span>' +
        '<span class="sr-only">Report an error in this paragraph</span></a></p>',
    );
  });

  it('gives captions photo ids and no paragraph permalinks', async () => {
    expect(await pluginHtml(':::caption\nThe two leaders in 2019.\n:::', [remarkArticleBlocks], [rehypeBlockIds])).toBe(
      '<figure class="photo-caption" id="photo-the-two-leaders-in-2019"><figcaption><p>The two leaders in 2019.</p></figcaption></figure>',
    );
  });

  it('gives tight list items ids and permalinks too', async () => {
    expect(await pluginHtml('- Putin met Zelensky in Paris.\n- They never met again.', [], [rehypeBlockIds])).toContain(
      '<li id="p-putin-met-zelensky-in-paris">Putin met Zelensky in Paris.<a class="permalink" href="#p-putin-met-zelensky-in-paris">',
    );
  });

  it('keeps an id when another paragraph is inserted before it or edited', async () => {
    const idsOf = async (md: string) =>
      [...(await pluginHtml(md, [], [rehypeBlockIds])).matchAll(/<p id="([^"]+)"/g)].map((m) => m[1]);
    const before = await idsOf('Alpha beta gamma.\n\nDelta epsilon zeta.');
    const after = await idsOf('A new first paragraph.\n\nAlpha beta gamma, edited later.\n\nDelta epsilon zeta.');
    expect(before).toEqual(['p-alpha-beta-gamma', 'p-delta-epsilon-zeta']);
    expect(after).toEqual(['p-a-new-first-paragraph', 'p-alpha-beta-gamma-edited-later', 'p-delta-epsilon-zeta']);
  });
});
