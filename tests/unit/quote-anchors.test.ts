import { describe, expect, it } from 'vitest';
import { h } from 'hastscript';
import { renderArticle } from '../../src/utils/render-article.ts';
import type { QuoteAnchor } from '../../src/integrations/rehype-quote-anchors.ts';

const FILE = 'content/articles/test.md';

/** Render Markdown with the given quotes; return the HTML without paragraph permalinks. */
async function anchored(markdown: string, quotes: Omit<QuoteAnchor, 'file' | 'speaker'>[]): Promise<string> {
  const { html } = await renderArticle(markdown, FILE, {
    quotes: quotes.map((q) => ({ file: `content/quotes/${q.id}.yaml`, speaker: 'someone', ...q })),
  });
  return html.replace(/<a class="permalink".*?<\/a>/g, '');
}

describe('quote anchoring', () => {
  it('wraps the exact words and leaves the text unchanged', async () => {
    expect(await anchored('“They haven’t been exactly best friends,” he said.', [{ id: 'best-friends', text: 'They haven’t been exactly best friends' }])).toBe(
      '<p id="p-they-havent-been-exactly-best">“<span class="quote" id="best-friends" data-speaker="someone">They haven’t been exactly best friends</span>,” he said.</p>',
    );
  });

  it('matches straight and typographic quote marks alike', async () => {
    expect(await anchored('"They haven\'t been friends," he said.', [{ id: 'friends', text: 'They haven’t been friends' }])).toBe(
      '<p id="p-they-havent-been-friends-he">"<span class="quote" id="friends" data-speaker="someone">They haven\'t been friends</span>," he said.</p>',
    );
  });

  it('tolerates different whitespace', async () => {
    expect(await anchored('She said “too\nafraid” twice.', [{ id: 'afraid', text: 'too  afraid' }])).toBe(
      '<p id="p-she-said-too-afraid-twice">She said “<span class="quote" id="afraid" data-speaker="someone">too\nafraid</span>” twice.</p>',
    );
  });

  it('anchors a quotation inside a quotation within its host', async () => {
    const html = await anchored('“What he will say now is ‘let’s do it,’ but first we talk,” she said.', [
      { id: 'inner', text: 'let’s do it' },
      { id: 'outer', text: 'What he will say now is ‘let’s do it,’ but first we talk' },
    ]);
    expect(html).toBe(
      '<p id="p-what-he-will-say-now">“<span class="quote" id="outer" data-speaker="someone">What he will say now is ‘<span class="quote" id="inner" data-speaker="someone">let’s do it</span>,’ but first we talk</span>,” she said.</p>',
    );
  });

  it('picks one occurrence with a prefix', async () => {
    const md = 'First he said “no deal.”\n\nThen she said “no deal.” again.';
    expect(await anchored(md, [{ id: 'hers', text: 'no deal.', prefix: 'she said' }, { id: 'his', text: 'no deal.', prefix: 'he said' }])).toBe(
      '<p id="p-first-he-said-no-deal">First he said “<span class="quote" id="his" data-speaker="someone">no deal.</span>”</p>\n' +
        '<p id="p-then-she-said-no-deal">Then she said “<span class="quote" id="hers" data-speaker="someone">no deal.</span>” again.</p>',
    );
  });

  it('puts the note in an aside after the paragraph', async () => {
    const { html } = await renderArticle('He said “yes.”', FILE, {
      quotes: [{ id: 'yes', file: 'q.yaml', speaker: 's', text: 'yes.', note: h('details', { dataQuote: 'yes' }, 'Note') }],
    });
    expect(html).toContain('</p><aside class="notes" aria-label="Notes on the quote in the paragraph beginning “He said “yes.””"><details data-quote="yes">Note</details></aside>');
  });

  it('stops when the text is not in the article, naming the quote file, id, text and fix', async () => {
    await expect(anchored('He said “yes.”', [{ id: 'missing', text: 'maybe' }])).rejects.toThrow(
      'content/quotes/missing.yaml → missing: the quote text “maybe” is not in content/articles/test.md.\n' +
        '  How to fix: copy the words exactly as printed inside the quotation marks (straight or typographic marks both match), or correct prefix/suffix.',
    );
  });

  it('stops when the text occurs twice with nothing to decide', async () => {
    await expect(anchored('He said “no.”\n\nShe said “no.”', [{ id: 'twice', text: 'no.' }])).rejects.toThrow(
      'content/quotes/twice.yaml → twice: the quote text “no.” occurs 2 times in content/articles/test.md (in p-he-said-no, p-she-said-no).\n' +
        '  How to fix: add `prefix:` with the few words just before the occurrence you mean, or `suffix:` with the words just after it.',
    );
  });

  it('stops on a quotation that no entry covers', async () => {
    await expect(anchored('He said “yes.” She called it “a farce.”', [{ id: 'yes', text: 'yes.' }])).rejects.toThrow(
      'content/articles/test.md → a quotation: no quote entry covers p-he-said-yes-she-called: “a farce”.\n' +
        '  How to fix: add a file to content/quotes/ with `text:` set to those words',
    );
  });

  it('counts an uncovered quotation inside a covered one', async () => {
    await expect(anchored('“Say ‘never,’ then,” she said.', [{ id: 'outer', text: 'Say ‘never,’ then' }])).rejects.toThrow(
      'no quote entry covers p-say-never-then-she-said: “never”.',
    );
  });
});

describe('quotation coverage, edge cases', () => {
  it('checks quotations in photo captions, named by the figure', async () => {
    await expect(anchored(':::caption\nHe called it “a farce.”\n:::', [])).rejects.toThrow('no quote entry covers photo-he-called-it-a-farce: “a farce”.');
  });

  it('finds a quotation inside a quotation before a dash, an ellipsis or a bracket', async () => {
    for (const text of ['“He said ‘never’—then left,” she said.', '“He said (‘never’) twice,” she said.', '“He said ‘never’… twice,” she said.']) {
      await expect(anchored(text, [{ id: 'outer', text: text.slice(1, text.indexOf(',”')) }]), text).rejects.toThrow('“never”');
    }
  });

  it('does not take apostrophes for quotation marks', async () => {
    const md = '“It’s rock ’n’ roll from the ’90s,” he said.';
    expect(await anchored(md, [{ id: 'q', text: 'It’s rock ’n’ roll from the ’90s' }])).toContain('id="q"');
  });

  it('stops on quotation marks that do not pair up', async () => {
    await expect(anchored('He said “no deal and left.', [])).rejects.toThrow(
      'content/articles/test.md → p-he-said-no-deal-and: the quotation marks do not pair up: 1 opening “ but 0 closing ”.',
    );
  });

  it('matches whole words only: “afraid” is not in “unafraid”', async () => {
    expect(await anchored('Unafraid, he said he was not “afraid”.', [{ id: 'q', text: 'afraid' }])).toContain('“<span class="quote" id="q"');
  });
});
