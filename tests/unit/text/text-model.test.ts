import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { hasClass, locate, textBlocks, wrap } from '../../../src/text/text-model.ts';
import { snippetOf } from '../../../src/text/snippet.ts';

const tree = (html: string): Root => fromHtml(html, { fragment: true });
const summary = (html: string) => textBlocks(tree(html)).map((b) => [b.kind, b.id, b.text]);

describe('what counts as a block', () => {
  it('paragraphs, tight list items, captions (the whole figure) and headings, in reading order', () => {
    expect(
      summary(
        '<h2 id="s">A section</h2><p id="a">One.</p><ul><li>Two.</li><li><p id="b">Three.</p></li></ul>' +
          '<blockquote><p id="c">Four.</p></blockquote><figure id="f"><figcaption><p>Five.</p><small class="credit">Photo: X</small></figcaption></figure>' +
          '<footer><p id="d">Six.</p></footer>',
      ),
    ).toEqual([
      ['heading', 's', 'A section'],
      ['paragraph', 'a', 'One.'],
      ['list-item', '', 'Two.'],
      ['paragraph', 'b', 'Three.'],
      ['paragraph', 'c', 'Four.'],
      ['caption', 'f', 'Five. Photo: X'],
      ['paragraph', 'd', 'Six.'],
    ]);
  });

  it('a list item with a nested list: its own words are one block, each nested item another', () => {
    expect(summary('<ul><li>Putin went home<ul><li>Zelensky stayed</li></ul></li><li>Trump called.</li></ul>')).toEqual(
      [
        ['list-item', '', 'Putin went home'],
        ['list-item', '', 'Zelensky stayed'],
        ['list-item', '', 'Trump called.'],
      ],
    );
  });

  it('knows the section (h2) each block falls under', () => {
    const blocks = textBlocks(
      tree('<p>Before.</p><h2 id="one">One</h2><p>A.</p><h3 id="sub">Sub</h3><p>B.</p><h2 id="two">Two</h2><p>C.</p>'),
    );
    expect(blocks.map((b) => `${b.text}:${b.section ?? '-'}`)).toEqual([
      'Before.:-',
      'One:one',
      'A.:one',
      'Sub:one',
      'B.:one',
      'Two:two',
      'C.:two',
    ]);
  });

  it('leaves out what a skip rule rejects, with everything inside it', () => {
    const blocks = textBlocks(
      tree('<p>Text<a class="permalink" href="#x">¶ Link</a></p><aside><p>A note.</p></aside>'),
      (el) => hasClass(el, 'permalink') || el.tagName === 'aside',
    );
    expect(blocks.map((b) => b.text)).toEqual(['Text']);
  });
});

describe('block boundaries', () => {
  it('keep the words of two blocks apart, so snippets read correctly', () => {
    const [caption] = textBlocks(
      tree(
        '<figure><figcaption><p>Leaders discuss ending the war with Russia.</p><small class="credit">Photo: Presidential Press Service</small></figcaption></figure>',
      ),
    );
    expect(caption!.printed).toBe('Leaders discuss ending the war with Russia. Photo: Presidential Press Service');
    const at = caption!.text.indexOf('Russia');
    expect(snippetOf(caption!.printed, at, at + 6, 3)).toEqual({
      before: '…war with ',
      match: 'Russia',
      after: '. Photo: Presidential…',
    });
  });

  it('have no node behind the space between them, so nothing is ever wrapped there', () => {
    const [caption] = textBlocks(
      tree('<figure><figcaption><p>Peace.</p><small>Mandel Ngan</small></figcaption></figure>'),
    );
    expect(locate(caption!, 6, 7)).toEqual([]);
  });

  it('a line break separates words too', () => {
    expect(summary('<p>one<br>two</p>')).toEqual([['paragraph', '', 'one two']]);
  });
});

describe('wrapping a range', () => {
  it('splits the text node at both ends and leaves the text unchanged', () => {
    const root = tree('<p>Putin met Zelensky.</p>');
    const [block] = textBlocks(root);
    wrap(block!, 10, 18, (children) => h('span', { className: ['m'] }, children));
    expect(toHtml(root)).toBe('<p>Putin met <span class="m">Zelensky</span>.</p>');
  });

  it('wraps each piece of a range that crosses inline formatting', () => {
    const root = tree('<p>He said <em>never</em> again.</p>');
    const [block] = textBlocks(root);
    const start = block!.text.indexOf('said');
    const made = wrap(block!, start, block!.text.indexOf(' again') + 6, (children, i) =>
      h('span', { className: ['q'], id: i === 0 ? 'q1' : undefined }, children),
    );
    expect(made).toHaveLength(3);
    expect(toHtml(root)).toBe(
      '<p>He <span class="q" id="q1">said </span><em><span class="q">never</span></em><span class="q"> again</span>.</p>',
    );
  });

  it('wraps a name typed with a combining accent whole, never splitting a letter from its mark', () => {
    const root = tree('<p>At the E\u0301lyse\u0301e Palace.</p>');
    const [block] = textBlocks(root);
    const start = block!.text.indexOf('Élysée');
    wrap(block!, start, start + 'Élysée'.length, (children) => h('b', children));
    expect(toHtml(root)).toBe('<p>At the <b>E\u0301lyse\u0301e</b> Palace.</p>');
  });

  it('keeps earlier ranges valid when later ones are wrapped first', () => {
    const root = tree('<p>Putin, Zelensky and Trump.</p>');
    const [block] = textBlocks(root);
    const ranges = ['Putin', 'Zelensky', 'Trump'].map(
      (w) => [block!.text.indexOf(w), block!.text.indexOf(w) + w.length] as const,
    );
    for (const [s, e] of [...ranges].reverse()) wrap(block!, s, e, (children) => h('i', children));
    expect(toHtml(root)).toBe('<p><i>Putin</i>, <i>Zelensky</i> and <i>Trump</i>.</p>');
  });
});

export type { Element };
