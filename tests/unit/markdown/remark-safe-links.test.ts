import { describe, expect, it } from 'vitest';
import remarkSafeLinks from '../../../src/markdown/remark-safe-links.ts';
import { runPlugins, pluginHtml } from '../../helpers/render.ts';

describe('remark-safe-links', () => {
  it('reports a javascript: link and an image, and keeps only the words', () => {
    const file = runPlugins('See [this](javascript:alert(1)) and ![a photo](https://example.com/x.jpg).', [
      remarkSafeLinks,
    ]);
    expect(file.messages.map((m) => `${m.line} ${m.ruleId}`)).toEqual(['1 safe-links', '1 no-images']);
    expect(String(file)).toBe('<p>See this and .</p>');
  });

  it('lets web, e-mail and site links through', async () => {
    expect(
      await pluginHtml('[a](https://example.com/) [b](mailto:x@example.com) [c](/glossary/x/) [d](#p-x)', [
        remarkSafeLinks,
      ]),
    ).toContain('href="/glossary/x/"');
  });
});
