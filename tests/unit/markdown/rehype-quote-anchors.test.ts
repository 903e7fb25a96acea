import { describe, expect, it } from 'vitest';
import { h } from 'hastscript';
import { anchored, anchorProblems, anchorsFor, render } from '../../helpers/render.ts';

describe('quote anchoring', () => {
  it('wraps the exact words and leaves the text unchanged', () => {
    expect(
      anchored('“They haven’t been exactly best friends,” he said.', [
        { id: 'best-friends', text: 'They haven’t been exactly best friends' },
      ]),
    ).toBe(
      '<p id="p-they-havent-been-exactly-best">“<span class="quote" id="best-friends" data-speaker="someone">They haven’t been exactly best friends</span>,” he said.</p>',
    );
  });

  it('matches straight and typographic quote marks alike', () => {
    expect(
      anchored('"They haven\'t been friends," he said.', [{ id: 'friends', text: 'They haven’t been friends' }]),
    ).toBe(
      '<p id="p-they-havent-been-friends-he">"<span class="quote" id="friends" data-speaker="someone">They haven\'t been friends</span>," he said.</p>',
    );
  });

  it('tolerates different whitespace (a line break in the source is a space on the page)', () => {
    expect(anchored('She said “too\nafraid” twice.', [{ id: 'afraid', text: 'too  afraid' }])).toBe(
      '<p id="p-she-said-too-afraid-twice">She said “<span class="quote" id="afraid" data-speaker="someone">too afraid</span>” twice.</p>',
    );
  });

  it('anchors a quotation inside a quotation within its host', () => {
    const html = anchored('“What he will say now is ‘let’s do it,’ but first we talk,” she said.', [
      { id: 'inner', text: 'let’s do it' },
      { id: 'outer', text: 'What he will say now is ‘let’s do it,’ but first we talk' },
    ]);
    expect(html).toBe(
      '<p id="p-what-he-will-say-now">“<span class="quote" id="outer" data-speaker="someone">What he will say now is ‘<span class="quote" id="inner" data-speaker="someone">let’s do it</span>,’ but first we talk</span>,” she said.</p>',
    );
  });

  it('picks one occurrence with a prefix', () => {
    const md = 'First he said “no deal.”\n\nThen she said “no deal.” again.';
    expect(
      anchored(md, [
        { id: 'hers', text: 'no deal.', prefix: 'she said' },
        { id: 'his', text: 'no deal.', prefix: 'he said' },
      ]),
    ).toBe(
      '<p id="p-first-he-said-no-deal">First he said “<span class="quote" id="his" data-speaker="someone">no deal.</span>”</p>\n' +
        '<p id="p-then-she-said-no-deal">Then she said “<span class="quote" id="hers" data-speaker="someone">no deal.</span>” again.</p>',
    );
  });

  it('puts the note in an aside after the paragraph', () => {
    const { html } = render('He said “yes.”', {
      quotes: [
        { id: 'yes', file: 'q.yaml', speaker: 's', text: 'yes.', note: h('details', { dataQuote: 'yes' }, 'Note') },
      ],
    });
    expect(html).toContain(
      '</p><aside class="notes" aria-label="Notes on the quote in the paragraph beginning “He said “yes.””"><details data-quote="yes">Note</details></aside>',
    );
  });

  it('reports a text that is not in the article at the quote file’s line, naming the id, text and fix', () => {
    expect(
      anchorProblems('He said “yes.”', [
        { id: 'yes', text: 'yes.' },
        { id: 'missing', text: 'maybe' },
      ]),
    ).toEqual([
      'content/quotes/missing.yaml:3 missing: the quote text “maybe” is not in content/articles/test.md. (quote-not-found) ' +
        'How to fix: copy the words exactly as printed inside the quotation marks (straight or typographic marks both match), or correct prefix/suffix.',
    ]);
  });

  it('reports a text that occurs twice with nothing to decide', () => {
    expect(anchorProblems('He said “no.”\n\nShe said “no.”', [{ id: 'twice', text: 'no.' }])).toEqual([
      'content/quotes/twice.yaml:3 twice: the quote text “no.” occurs 2 times in content/articles/test.md (in p-he-said-no, p-she-said-no). (quote-ambiguous) ' +
        'How to fix: add `prefix:` with the few words just before the occurrence you mean, or `suffix:` with the words just after it.',
    ]);
  });

  it('reports each quotation that no entry covers, at its line', () => {
    expect(
      anchorProblems('He said “yes.” She called it “a farce.”\n\nLater, “a sham.”', [{ id: 'yes', text: 'yes.' }]),
    ).toEqual([
      'content/articles/test.md:1 p-he-said-yes-she-called: no quote entry covers “a farce”. (quotation-covered) How to fix: add a file to content/quotes/ with `text:` set to those words, the speaker, when it was said, context and annotation.',
      'content/articles/test.md:3 p-later-a-sham: no quote entry covers “a sham”. (quotation-covered) How to fix: add a file to content/quotes/ with `text:` set to those words, the speaker, when it was said, context and annotation.',
    ]);
  });

  it('counts an uncovered quotation inside a covered one', () => {
    expect(
      anchorProblems('“Say ‘never,’ then,” she said.', [{ id: 'outer', text: 'Say ‘never,’ then' }]).join(),
    ).toContain('p-say-never-then-she-said: no quote entry covers “never”.');
  });

  it('anchors across emphasis, one span per piece, the first carrying the id', () => {
    expect(anchored('She said “we will *never* agree” today.', [{ id: 'q', text: 'we will never agree' }])).toBe(
      '<p id="p-she-said-we-will-never">She said “<span class="quote" id="q" data-speaker="someone">we will </span><em><span class="quote" data-speaker="someone">never</span></em><span class="quote" data-speaker="someone"> agree</span>” today.</p>',
    );
  });

  it('anchors and covers quotations in list items, block quotes and headings', () => {
    const md = '## The “final stage”\n\n- He wants “peace.”\n\n> She said “never.”';
    const html = anchored(md, [
      { id: 'stage', text: 'final stage' },
      { id: 'peace', text: 'peace.' },
      { id: 'never', text: 'never.' },
    ]);
    expect(html).toContain('<h2 id="the-final-stage">The “<span class="quote" id="stage"');
    expect(html).toContain('<li id="p-he-wants-peace">He wants “<span class="quote" id="peace"');
    expect(html).toContain('<blockquote>\n<p id="p-she-said-never">She said “<span class="quote" id="never"');
    expect(anchorProblems(md, []).map((line) => line.split(' (')[0])).toEqual([
      'content/articles/test.md:1 the-final-stage: no quote entry covers “final stage”.',
      'content/articles/test.md:3 p-he-wants-peace: no quote entry covers “peace”.',
      'content/articles/test.md:5 p-she-said-never: no quote entry covers “never”.',
    ]);
  });

  it('puts the notes of a quote in a list item inside the item', () => {
    const { html } = render('- He wants “peace.”', {
      quotes: [
        {
          id: 'peace',
          file: 'q.yaml',
          speaker: 's',
          text: 'peace.',
          note: h('details', { dataQuote: 'peace' }, 'Note'),
        },
      ],
    });
    expect(html).toMatch(
      /<li id="p-he-wants-peace">.*<aside class="notes"[^>]*><details data-quote="peace">Note<\/details><\/aside><\/li>/,
    );
  });

  it('matches a quote whose text is given with a prefix ending in a comma, and trims it', () => {
    expect(
      anchored('Then she said, “no deal.” And he said, “no deal.”', [
        { id: 'hers', text: ' no deal. ', prefix: 'she said,' },
        { id: 'his', text: 'no deal.', prefix: 'he said,' },
      ]),
    ).toContain('she said, “<span class="quote" id="hers"');
  });
});

describe('the TextQuoteSelector each anchored quote records', () => {
  it('gives the words as printed and up to 32 characters of the paragraph around them', () => {
    const { quotes } = render(
      'Trump’s call for a meeting, the paper says, “puts Putin in a bind,” and he knows it well enough.',
      {
        quotes: anchorsFor([{ id: 'bind', text: 'puts Putin in a bind' }]),
      },
    );
    expect(quotes).toEqual([
      {
        id: 'bind',
        block: 'p-trumps-call-for-a-meeting',
        selector: {
          exact: 'puts Putin in a bind',
          prefix: 'for a meeting, the paper says, “',
          suffix: ',” and he knows it well enough.',
        },
      },
    ]);
  });

  it('never reaches past the paragraph', () => {
    const { quotes } = render('One.\n\n“Yes,” he said.', { quotes: anchorsFor([{ id: 'yes', text: 'Yes' }]) });
    expect(quotes[0]!.selector).toEqual({ exact: 'Yes', prefix: '“', suffix: ',” he said.' });
  });

  it('takes more context when a note quotes the same words with the same context', () => {
    const sentence =
      'He said he was ready to meet but only at the very end of a long process of talks, and “not before,” he added, once the documents were drafted and agreed.';
    // The note repeats the sentence up to well past 32 characters after the quote.
    const note = h(
      'details',
      { dataQuote: 'before' },
      `Note: ${sentence.replace(/drafted and agreed\.$/, 'never signed.')}`,
    );
    const { quotes } = render(sentence, { quotes: anchorsFor([{ id: 'before', text: 'not before', note }]) });
    const { prefix, suffix } = quotes[0]!.selector;
    expect(suffix!.length).toBeGreaterThan(32);
    // Longer context reaches words the note does not share.
    expect(`${prefix}not before${suffix}`).toContain('drafted and agreed');
  });
});
