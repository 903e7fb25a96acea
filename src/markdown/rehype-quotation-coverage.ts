import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { addProblem } from '../problems/problem.ts';
import { quotationKey, scanQuotations } from '../text/quotations.ts';
import { textBlocks } from '../text/text-model.ts';
import { notProse } from './not-prose.ts';

/**
 * Every passage in quotation marks in an article (paragraphs, captions, list items, block
 * quotes and headings) must have a quote entry, so every quotation is annotated; and the
 * marks in each block must pair up, so every quotation can be found. Each gap is a problem
 * of its own, at its line.
 */
export default function rehypeQuotationCoverage(options: { quotes: string[] }) {
  const covered = new Set(options.quotes.map(quotationKey));
  return (tree: Root, file: VFile) => {
    for (const block of textBlocks(tree, notProse)) {
      const { quotations, unbalanced } = scanQuotations(block.printed);
      const entry = block.id || `a ${block.kind}`;
      if (unbalanced) {
        addProblem(file, {
          rule: 'quotation-marks-pair',
          entry,
          reason: `the quotation marks do not pair up: ${unbalanced}.`,
          fix: 'close every quotation in the paragraph it opens in (or fix a stray mark), so each quotation can be found and annotated.',
          place: block.element.position,
        });
      }
      for (const quotation of quotations) {
        if (covered.has(quotationKey(quotation.text))) continue;
        addProblem(file, {
          rule: 'quotation-covered',
          entry,
          reason: `no quote entry covers “${quotationKey(quotation.text)}”.`,
          fix: 'add a file to content/quotes/ with `text:` set to those words, the speaker, when it was said, context and annotation.',
          place: block.element.position,
        });
      }
    }
  };
}
