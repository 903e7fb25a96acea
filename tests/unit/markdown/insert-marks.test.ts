import { describe, expect, it } from 'vitest';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { insertMarks } from '../../../src/markdown/insert-marks.ts';

const mark = (n: number) => h('sup', String(n));

describe('inserting marks after words', () => {
  it('splits a text node where a mark falls, and leaves the original untouched', () => {
    const nodes = [h('p', ['Putin spoke ', h('a', { href: '/x/' }, 'in June'), ' and left.'])];
    const marked = insertMarks(nodes, [
      { end: 11, element: mark(1) },
      { end: 19, element: mark(2) },
      { end: 29, element: mark(3) },
    ]);
    // A mark inside a link's words goes after the link.
    expect(toHtml(marked)).toBe(
      '<p>Putin spoke<sup>1</sup> <a href="/x/">in June</a><sup>2</sup> and left.<sup>3</sup></p>',
    );
    expect(toHtml(nodes)).toBe('<p>Putin spoke <a href="/x/">in June</a> and left.</p>');
  });

  it('counts text across paragraphs as it runs together', () => {
    const marked = insertMarks([h('p', 'One.'), h('p', 'Two.')], [{ end: 8, element: mark(1) }]);
    expect(toHtml(marked)).toBe('<p>One.</p><p>Two.<sup>1</sup></p>');
  });
});
