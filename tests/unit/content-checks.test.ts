import { describe, expect, it } from 'vitest';
import { checkAliasClashes, checkAliasesUsed, checkParagraphs, checkReferences, checkUniqueIds } from '../../src/utils/content-checks.ts';
import { findQuotations } from '../../src/utils/quotations.ts';

describe('content cross-checks', () => {
  it('an alias claimed by two entries stops the build, naming both', () => {
    expect(() =>
      checkAliasClashes([
        { id: 'vladimir-putin', file: 'content/glossary/vladimir-putin.yaml', aliases: ['Putin', 'Kremlin leader'] },
        { id: 'kremlin', file: 'content/glossary/kremlin.yaml', aliases: ['Kremlin', 'Kremlin leader'] },
      ]),
    ).toThrow(
      'content/glossary/kremlin.yaml → kremlin: the alias “Kremlin leader” is also claimed by vladimir-putin (content/glossary/vladimir-putin.yaml).\n' +
        '  How to fix: keep “Kremlin leader” in only one of the two entries; use a longer alias (e.g. a full name) in the other.',
    );
  });

  it('an alias that matches nothing stops the build', () => {
    expect(() => checkAliasesUsed([{ id: 'nato', file: 'content/glossary/nato.yaml', aliases: ['NATO', 'North Atlantic Treaty Organization'] }], new Set(['North Atlantic Treaty Organization']))).toThrow(
      'content/glossary/nato.yaml → nato: the alias “NATO” matches nothing in any article.\n  How to fix: spell it exactly as the article does',
    );
  });

  it('a reference to a missing entry stops the build, listing the ids to choose from', () => {
    expect(() =>
      checkReferences([{ file: 'content/timeline/x.yaml', entry: 'x', field: 'participants[1]', collection: 'glossary', id: 'vladimir-putn' }], {
        glossary: new Set(['vladimir-putin', 'donald-trump']),
      }),
    ).toThrow(
      'content/timeline/x.yaml → x: `participants[1]` refers to “vladimir-putn”, which is not in content/glossary/.\n' +
        '  How to fix: use one of the existing ids (donald-trump, vladimir-putin) or add content/glossary/vladimir-putn.yaml.',
    );
  });

  it('a cited paragraph that does not exist stops the build', () => {
    expect(() =>
      checkParagraphs([{ file: 'content/timeline/x.yaml', entry: 'x', article: 'a', paragraph: 'p-gone' }], new Map([['a', new Set(['p-here'])]])),
    ).toThrow('content/timeline/x.yaml → x: the source paragraph “p-gone” is not in the article “a”.');
  });
});

describe('finding quotations', () => {
  it('finds double-quoted passages and single-quoted ones inside them, not apostrophes', () => {
    expect(findQuotations('“What Putin will say is ‘let’s do it,’ but first,” she said. He’s “too afraid” to go.').map((q) => [q.text, q.nested])).toEqual([
      ["What Putin will say is 'let's do it,' but first,", false],
      ["let's do it,", true],
      ['too afraid', false],
    ]);
  });
});

describe('unique ids', () => {
  it('a heading that takes a quote’s id stops the build', () => {
    expect(() => checkUniqueIds('<h2 id="best-friends"></h2><span id="best-friends"></span>', 'content/articles/a.md', '/articles/a/')).toThrow(
      'content/articles/a.md → #best-friends: the id “best-friends” is used twice on /articles/a/ (a heading, a quote id, a paragraph or the page template).',
    );
  });

  it('content may not take the template’s ids', () => {
    expect(() => checkUniqueIds('<h2 id="main"></h2>', 'content/articles/a.md', '/articles/a/')).toThrow('the id “main” is used twice');
  });

  it('distinct ids pass', () => {
    expect(() => checkUniqueIds('<p id="p-a"></p><p id="p-b"></p>', 'a.md', '/a/')).not.toThrow();
  });
});
