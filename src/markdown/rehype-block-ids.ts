import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { blockIds } from '../text/block-ids.ts';
import { openingWords } from '../text/normalize.ts';
import { textBlocks } from '../text/text-model.ts';
import { articleFacts, type BlockInfo } from './article-facts.ts';
import { permalink, reportLink } from './permalink.ts';

/** A block of the article as the rest of the site knows it. */
/**
 * Give every paragraph, list item and photo caption of an article a stable id derived
 * from its own words (`p-…`, and `photo-…` for captions), and paragraphs and list items a
 * permalink after their text, and a link to report an error in it. The blocks, with their text and section, are recorded in
 * `file.data.article.blocks`.
 */
export default function rehypeBlockIds() {
  return (tree: Root, file: VFile) => {
    const blocks = textBlocks(tree).filter((b) => b.kind !== 'heading');
    const prose = blocks.filter((b) => b.kind !== 'caption');
    const captions = blocks.filter((b) => b.kind === 'caption');
    const proseIds = blockIds(
      prose.map((b) => b.text),
      'p',
    );
    const captionIds = blockIds(
      captions.map((b) => b.text),
      'photo',
    );
    prose.forEach((b, i) => {
      b.id = proseIds[i]!;
      b.element.properties.id = b.id;
      b.element.children.push(
        permalink(b.id, `Link to paragraph beginning “${openingWords(b.printed, 5)}”`),
        reportLink(),
      );
    });
    captions.forEach((b, i) => {
      b.id = captionIds[i]!;
      b.element.properties.id = b.id;
    });
    articleFacts(file).blocks = blocks.map((b) => ({
      id: b.id,
      kind: b.kind as BlockInfo['kind'],
      text: b.printed,
      section: b.section,
    }));
  };
}
