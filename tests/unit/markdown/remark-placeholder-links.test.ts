import { describe, expect, it } from 'vitest';
import remarkPlaceholderLinks from '../../../src/markdown/remark-placeholder-links.ts';
import { pluginHtml } from '../../helpers/render.ts';

describe('remark-placeholder-links', () => {
  it('keeps the words of a link to # and drops the link', async () => {
    expect(
      await pluginHtml('Met [Vladimir Putin](#) and [*others*](#) at [the venue](https://example.com/).', [
        remarkPlaceholderLinks,
      ]),
    ).toBe('<p>Met Vladimir Putin and <em>others</em> at <a href="https://example.com/">the venue</a>.</p>');
  });
});
