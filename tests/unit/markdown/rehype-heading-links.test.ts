import { describe, expect, it } from 'vitest';
import rehypeSlug from 'rehype-slug';
import rehypeHeadingLinks from '../../../src/markdown/rehype-heading-links.ts';
import { pluginHtml } from '../../helpers/render.ts';

describe('rehype-heading-links', () => {
  it('adds an accessible permalink after each heading', async () => {
    expect(await pluginHtml('## Moscow’s cool response', [], [rehypeSlug, rehypeHeadingLinks])).toBe(
      '<div class="heading-wrapper level-h2"><h2 id="moscows-cool-response">Moscow’s cool response</h2>' +
        '<a class="permalink" href="#moscows-cool-response"><span aria-hidden="true">#</span>' +
        '<span class="sr-only">Link to section “Moscow’s cool response”</span></a></div>',
    );
  });

  it('leaves headings without an id alone', async () => {
    expect(await pluginHtml('## Plain', [], [rehypeHeadingLinks])).toBe('<h2>Plain</h2>');
  });
});
