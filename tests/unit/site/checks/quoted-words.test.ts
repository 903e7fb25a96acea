import { describe, expect, it } from 'vitest';
import { checkQuotedWords, quotedPhrases, type QuotingEntry } from '../../../../src/site/checks/quoted-words.ts';

const ARTICLE = [
  'Foreign Minister Sergei Lavrov said plans for any contacts between officials should be laid out “with the utmost care.”',
  'Other Russian officials ridiculed Zelensky.',
];

/** An entry with one annotation and the given excerpts. */
function entry(annotation: string, excerpts: string[] = []): QuotingEntry {
  return {
    id: 'lavrov',
    file: 'content/quotes/lavrov.yaml',
    source: 'article: a\nannotation: |\n  text\n',
    texts: [{ path: ['annotation'], text: annotation }],
    excerpts,
  };
}

const reasons = (annotation: string, excerpts?: string[]) =>
  checkQuotedWords([entry(annotation, excerpts)], ARTICLE).map((m) => m.reason);

describe('words in quotation marks', () => {
  it('pass when the article has them', () => {
    expect(reasons('He asked for “the utmost care”.')).toEqual([]);
  });

  it('pass when one of the entry’s excerpts or translations has them', () => {
    expect(
      reasons('He said contacts must be prepared “most carefully.”', [
        'Contacts must be prepared most carefully, Lavrov said.',
      ]),
    ).toEqual([]);
    expect(reasons('He spoke of “la massima cura.”', ['Bisogna procedere con la massima cura.'])).toEqual([]);
  });

  it('fail when neither has them, naming the phrase, the field and the fix', () => {
    const [problem] = checkQuotedWords([entry('Lavrov urged “extreme caution” on Tuesday.')], ARTICLE);
    expect(problem!.reason).toBe(
      'lavrov: `annotation` puts “extreme caution” in quotation marks, but those words are not in the article or in any of this entry’s source excerpts.',
    );
    expect(problem!.note).toBe(
      'How to fix: quote the words exactly as the article or a source excerpt has them (add the excerpt that contains them to `sources`), or say it in our own words without quotation marks.',
    );
    expect([problem!.file, problem!.line, problem!.ruleId]).toEqual(['content/quotes/lavrov.yaml', 2, 'quoted-words']);
  });

  it('compare typographic and straight marks alike, and ignore a trailing comma or stop inside the marks', () => {
    expect(reasons('He wanted "the utmost care," he said.')).toEqual([]);
    expect(reasons('“Other Russian officials ridiculed Zelensky.”')).toEqual([]);
    // Straight marks are checked, not skipped.
    expect(reasons('He urged "extreme caution" here.')).toEqual([
      'lavrov: `annotation` puts “extreme caution” in quotation marks, but those words are not in the article or in any of this entry’s source excerpts.',
    ]);
  });

  it('match a phrase split across lines, but not one that crosses two blocks of the article', () => {
    expect(reasons('Lavrov wanted “with the\n  utmost care.”')).toEqual([]);
    // …and checked, named on one line, when the words are found nowhere.
    expect(reasons('Lavrov urged “extreme\n  caution” then.')).toEqual([
      'lavrov: `annotation` puts “extreme caution” in quotation marks, but those words are not in the article or in any of this entry’s source excerpts.',
    ]);
    expect(reasons('“the utmost care. Other Russian officials”')).toHaveLength(1);
  });

  it('are whole words: part of a word is not a quotation of it', () => {
    expect(reasons('He wanted “utmost car.”')).toHaveLength(1);
    expect(reasons('“ther Russian officials”')).toHaveLength(1);
  });

  it('cannot be skipped by a mark left open: that is reported, naming the field', () => {
    const [problem, ...rest] = checkQuotedWords([entry('The article says “he was too scared to come.')], ARTICLE);
    expect(rest).toEqual([]);
    expect(problem!.ruleId).toBe('quotation-marks-pair');
    expect(problem!.reason).toMatch(/^lavrov: `annotation`: the quotation marks do not pair up: /);
  });

  it('are case-sensitive: a quotation is exact', () => {
    expect(reasons('“With The Utmost Care”')).toHaveLength(1);
  });

  it('are found in double marks only, nested quotations inside their host', () => {
    expect(quotedPhrases('He said “we need ‘utmost care’ now,” not “haste.” Don’t.')).toEqual([
      "we need 'utmost care' now",
      'haste',
    ]);
  });
});
