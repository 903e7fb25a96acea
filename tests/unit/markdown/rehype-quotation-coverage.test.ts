import { describe, expect, it } from 'vitest';
import { anchored, anchorProblems, anchorsFor, problemLines, render } from '../../helpers/render.ts';

describe('quotation coverage, edge cases', () => {
  it('checks quotations in photo captions, named by the figure', () => {
    expect(anchorProblems(':::caption\nHe called it “a farce.”\n:::', []).join()).toContain(
      'photo-he-called-it-a-farce: no quote entry covers “a farce”.',
    );
  });

  it('finds a quotation inside a quotation before a dash, an ellipsis or a bracket', () => {
    for (const text of [
      '“He said ‘never’—then left,” she said.',
      '“He said (‘never’) twice,” she said.',
      '“He said ‘never’… twice,” she said.',
    ]) {
      expect(anchorProblems(text, [{ id: 'outer', text: text.slice(1, text.indexOf(',”')) }]).join(), text).toContain(
        'covers “never”',
      );
    }
  });

  it('does not take apostrophes for quotation marks', () => {
    const md = '“It’s rock ’n’ roll from the ’90s,” he said.';
    expect(anchored(md, [{ id: 'q', text: 'It’s rock ’n’ roll from the ’90s' }])).toContain('id="q"');
  });

  it('reports quotation marks that do not pair up', () => {
    expect(anchorProblems('He said “no deal and left.', [])).toEqual([
      'content/articles/test.md:1 p-he-said-no-deal-and: the quotation marks do not pair up: 1 opening mark with no closing mark. (quotation-marks-pair) How to fix: close every quotation in the paragraph it opens in (or fix a stray mark), so each quotation can be found and annotated.',
    ]);
  });

  it('gives selectors that occur, character for character, in the page’s text (line breaks, a caption’s credit)', async () => {
    const { fromHtml } = await import('hast-util-from-html');
    const { toString } = await import('hast-util-to-string');
    const md = 'Earlier, he said\n“we will meet” today.\n\n:::caption{credit="Photo: AP"}\nHe said “not now.”\n:::';
    const result = render(md, {
      quotes: anchorsFor([
        { id: 'meet', text: 'we will meet' },
        { id: 'now', text: 'not now' },
      ]),
    });
    expect(problemLines(result.messages)).toEqual([]);
    const page = toString(fromHtml(result.html, { fragment: true }));
    for (const { selector } of result.quotes)
      expect(page).toContain(`${selector.prefix}${selector.exact}${selector.suffix}`);
    expect(result.quotes.find((q) => q.id === 'now')!.selector.suffix).toBe('.” Photo: AP');
  });

  it('matches whole words only: “afraid” is not in “unafraid”', () => {
    expect(anchored('Unafraid, he said he was not “afraid”.', [{ id: 'q', text: 'afraid' }])).toContain(
      '“<span class="quote" id="q"',
    );
  });
});
