import { describe, expect, it } from 'vitest';
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import remarkArticleBlocks from '../../src/markdown/remark-article-blocks.ts';
import remarkPlaceholderLinks from '../../src/markdown/remark-placeholder-links.ts';
import remarkRejectHtml from '../../src/markdown/remark-reject-html.ts';
import remarkSafeLinks from '../../src/markdown/remark-safe-links.ts';
import rehypeBlockIds from '../../src/markdown/rehype-block-ids.ts';
import rehypeHeadingLinks from '../../src/markdown/rehype-heading-links.ts';
import { problemLines } from '../helpers/render.ts';

/** Markdown through remark-parse, the given plugins and remark-rehype: the file (HTML and messages). */
function run(markdown: string, remark: PluggableList = [], rehype: PluggableList = []): VFile {
  const processor = unified().use(remarkParse).use(remarkDirective).use(remark).use(remarkRehype).use(rehype).use(rehypeStringify);
  return processor.processSync(new VFile({ value: markdown, path: 'content/articles/test.md' }));
}

/** Markdown in, HTML out; the plugins must report no problem. */
async function html(markdown: string, remark: PluggableList = [], rehype: PluggableList = []): Promise<string> {
  const file = run(markdown, remark, rehype);
  expect(problemLines(file.messages)).toEqual([]);
  return String(file);
}

describe('remark-article-blocks', () => {
  it('renders a caption with its credit as a figure without an image', async () => {
    expect(await html(':::caption{credit="Photo: Agency"}\nLeaders meet.\n:::', [remarkArticleBlocks])).toBe(
      '<figure class="photo-caption"><figcaption><p>Leaders meet.</p> <small class="credit">Photo: Agency</small></figcaption></figure>',
    );
  });

  it('renders a caption without a credit', async () => {
    expect(await html(':::caption\nTwo leaders.\n:::', [remarkArticleBlocks])).toBe(
      '<figure class="photo-caption"><figcaption><p>Two leaders.</p></figcaption></figure>',
    );
  });

  it('renders the contact line as the article footer', async () => {
    expect(await html(':::contact\nWrite to A at <a@example.com>\n:::', [remarkArticleBlocks])).toBe(
      '<footer class="article-contact"><p>Write to A at <a href="mailto:a@example.com">a@example.com</a></p></footer>',
    );
  });

  it('keeps text that only looks like a directive, exactly as written', async () => {
    expect(await html('Kickoff at 10:30am and a:b[c].', [remarkArticleBlocks])).toBe('<p>Kickoff at 10:30am and a:b[c].</p>');
    expect(await html('A ratio of 3:1{x=y} and a:b[*c*]{d}.', [remarkArticleBlocks])).toBe('<p>A ratio of 3:1{x=y} and a:b[*c*]{d}.</p>');
  });

  it('reports a caption attribute it does not know, and an empty caption', () => {
    const file = run(':::caption{credt="Photo: AP"}\nLeaders meet.\n:::\n\n:::caption\n:::', [remarkArticleBlocks]);
    expect(problemLines(file.messages)).toEqual([
      'content/articles/test.md:1 line 1: the caption has an attribute it does not know: “credt”. (known-blocks) How to fix: a caption takes only a credit: a photo caption, rendered without the photo: `:::caption{credit="Photo: Agency"}`.',
      'content/articles/test.md:5 line 5: the caption is empty. (known-blocks) How to fix: write the caption’s words between `:::caption` and `:::`, or remove it.',
    ]);
  });

  it('reports an unknown block, naming the file, the line and the fix, and keeps its text', () => {
    const file = run('Intro.\n\n:::sidebar\nText\n:::', [remarkArticleBlocks]);
    expect(problemLines(file.messages)).toEqual([
      'content/articles/test.md:3 line 3: unknown block “:::sidebar”. (known-blocks) How to fix: use one of: a photo caption, rendered without the photo: `:::caption{credit="Photo: Agency"}`; the authors’ contact line: `:::contact`.',
    ]);
    expect(String(file)).toBe('<p>Intro.</p>\n<div><p>Text</p></div>');
  });
});

describe('remark-placeholder-links', () => {
  it('keeps the words of a link to # and drops the link', async () => {
    expect(await html('Met [Vladimir Putin](#) and [*others*](#) at [the venue](https://example.com/).', [remarkPlaceholderLinks])).toBe(
      '<p>Met Vladimir Putin and <em>others</em> at <a href="https://example.com/">the venue</a>.</p>',
    );
  });
});

describe('remark-reject-html', () => {
  it('reports raw HTML, naming the file, the line and the fix, and leaves it out', () => {
    const file = run('Fine.\n\n<script>alert(1)</script>', [remarkRejectHtml]);
    expect(problemLines(file.messages)).toEqual([
      'content/articles/test.md:3 line 3: raw HTML is not allowed in content: "<script>alert(1)</script>". (no-raw-html) How to fix: write it in Markdown (a caption is `:::caption`, a link is `[text](url)`), or remove it.',
    ]);
    expect(String(file)).toBe('<p>Fine.</p>');
  });

  it('reports inline HTML too, every instance', () => {
    const file = run('A <b onclick="x()">bold</b> claim.', [remarkRejectHtml]);
    expect(file.messages.map((m) => m.reason)).toEqual(['line 1: raw HTML is not allowed in content: "<b onclick=\\"x()\\">".', 'line 1: raw HTML is not allowed in content: "</b>".']);
  });

  it('lets Markdown through', async () => {
    expect(await html('Plain *text*.', [remarkRejectHtml])).toBe('<p>Plain <em>text</em>.</p>');
  });
});

describe('remark-safe-links', () => {
  it('reports a javascript: link and an image, and keeps only the words', () => {
    const file = run('See [this](javascript:alert(1)) and ![a photo](https://example.com/x.jpg).', [remarkSafeLinks]);
    expect(file.messages.map((m) => `${m.line} ${m.ruleId}`)).toEqual(['1 safe-links', '1 no-images']);
    expect(String(file)).toBe('<p>See this and .</p>');
  });

  it('lets web, e-mail and site links through', async () => {
    expect(await html('[a](https://example.com/) [b](mailto:x@example.com) [c](/glossary/x/) [d](#p-x)', [remarkSafeLinks])).toContain('href="/glossary/x/"');
  });
});

describe('rehype-block-ids', () => {
  it('gives each paragraph an id from its first words and a permalink', async () => {
    expect(await html('Putin met Zelensky in Paris in 2019.', [], [rehypeBlockIds])).toBe(
      '<p id="p-putin-met-zelensky-in-paris">Putin met Zelensky in Paris in 2019.' +
        '<a class="permalink" href="#p-putin-met-zelensky-in-paris"><span aria-hidden="true">¶</span>' +
        '<span class="sr-only" data-pagefind-ignore="">Link to paragraph beginning “Putin met Zelensky in Paris…”</span></a></p>',
    );
  });

  it('gives captions photo ids and no paragraph permalinks', async () => {
    expect(await html(':::caption\nThe two leaders in 2019.\n:::', [remarkArticleBlocks], [rehypeBlockIds])).toBe(
      '<figure class="photo-caption" id="photo-the-two-leaders-in-2019"><figcaption><p>The two leaders in 2019.</p></figcaption></figure>',
    );
  });

  it('gives tight list items ids and permalinks too', async () => {
    expect(await html('- Putin met Zelensky in Paris.\n- They never met again.', [], [rehypeBlockIds])).toContain(
      '<li id="p-putin-met-zelensky-in-paris">Putin met Zelensky in Paris.<a class="permalink" href="#p-putin-met-zelensky-in-paris">',
    );
  });

  it('keeps an id when another paragraph is inserted before it or edited', async () => {
    const idsOf = async (md: string) => [...(await html(md, [], [rehypeBlockIds])).matchAll(/<p id="([^"]+)"/g)].map((m) => m[1]);
    const before = await idsOf('Alpha beta gamma.\n\nDelta epsilon zeta.');
    const after = await idsOf('A new first paragraph.\n\nAlpha beta gamma, edited later.\n\nDelta epsilon zeta.');
    expect(before).toEqual(['p-alpha-beta-gamma', 'p-delta-epsilon-zeta']);
    expect(after).toEqual(['p-a-new-first-paragraph', 'p-alpha-beta-gamma-edited-later', 'p-delta-epsilon-zeta']);
  });
});

describe('rehype-heading-links', () => {
  it('adds an accessible permalink after each heading', async () => {
    expect(await html('## Moscow’s cool response', [], [rehypeSlug, rehypeHeadingLinks])).toBe(
      '<div class="heading-wrapper level-h2"><h2 id="moscows-cool-response">Moscow’s cool response</h2>' +
        '<a class="permalink" href="#moscows-cool-response"><span aria-hidden="true">#</span>' +
        '<span class="sr-only" data-pagefind-ignore="">Link to section “Moscow’s cool response”</span></a></div>',
    );
  });

  it('leaves headings without an id alone', async () => {
    expect(await html('## Plain', [], [rehypeHeadingLinks])).toBe('<h2>Plain</h2>');
  });
});
