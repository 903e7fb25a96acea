import type { VFileMessage } from 'vfile-message';
import { problem } from '../../problems/problem.ts';
import { normalizeText } from '../../text/normalize.ts';
import { quotationKey, scanQuotations } from '../../text/quotations.ts';
import { matchQuote, selectorText } from '../../text/quote-selector.ts';
import { wordIndex } from '../../text/word-index.ts';
import { placeOf } from '../../problems/lines.ts';

/** One of our texts the rule applies to: where it is in the entry, and its words as a reader sees them. */
export interface CheckedText {
  path: (string | number)[];
  text: string;
}

/** An entry's texts, and the evidence its quotation marks may draw on. */
export interface QuotingEntry {
  file: string;
  id: string;
  source: string;
  texts: CheckedText[];
  /** The entry's source excerpts and their translations. */
  excerpts: string[];
}

/** The words of every top-level double quotation in a text, as compared (nested ones are inside their host). */
export function quotedPhrases(text: string): string[] {
  return phrasesOf(scanQuotations(text));
}

const phrasesOf = (scan: ReturnType<typeof scanQuotations>) =>
  scan.quotations
    .filter((q) => !q.nested)
    .map((q) => quotationKey(q.text))
    .filter(Boolean);

/**
 * Words in quotation marks in our notes must be words someone wrote: they must appear
 * verbatim (same case; quote marks and spacing aside) in the article or in one of that
 * entry's own source excerpts or translations. This guards against misquoting, and
 * against saying "the article says" of what it does not. `article` is the text of every
 * block of the articles, one string per block, so a phrase cannot straddle two blocks.
 */
export function checkQuotedWords(entries: readonly QuotingEntry[], article: readonly string[]): VFileMessage[] {
  const problems: VFileMessage[] = [];
  const inArticle = wordIndex(article.map(normalizeText));
  for (const entry of entries) {
    const excerpts = entry.excerpts.map(normalizeText);
    // Whole words, as a quote is matched (“fraid” is not in “unafraid”).
    const holds = (text: string, phrase: string) => matchQuote(text, { exact: phrase }).length > 0;
    const quoted = (phrase: string) =>
      excerpts.some((e) => holds(e, phrase)) || inArticle(selectorText(phrase)).some((b) => holds(b, phrase));
    for (const { path, text } of entry.texts) {
      const scan = scanQuotations(text);
      // A mark left open would hide the words after it from this check: report it.
      if (scan.unbalanced) {
        problems.push(
          problem({
            rule: 'quotation-marks-pair',
            file: entry.file,
            entry: entry.id,
            reason: `\`${path.join('.')}\`: the quotation marks do not pair up: ${scan.unbalanced}.`,
            fix: 'close every quotation where it opens (or fix a stray mark), so the quoted words can be checked.',
            place: placeOf(entry.source, path),
          }),
        );
      }
      for (const phrase of phrasesOf(scan)) {
        if (quoted(phrase)) continue;
        problems.push(
          problem({
            rule: 'quoted-words',
            file: entry.file,
            entry: entry.id,
            reason: `\`${path.join('.')}\` puts “${phrase}” in quotation marks, but those words are not in the article or in any of this entry’s source excerpts.`,
            fix: 'quote the words exactly as the article or a source excerpt has them (add the excerpt that contains them to `sources`), or say it in our own words without quotation marks.',
            place: placeOf(entry.source, path),
          }),
        );
      }
    }
  }
  return problems;
}
