import type { Root, Element, ElementContent } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { paragraphIds } from '../utils/paragraph-ids.ts';
import { firstWords } from '../utils/text.ts';

export interface ParagraphInfo {
  id: string;
  text: string;
}

declare module 'vfile' {
  interface DataMap {
    paragraphs: ParagraphInfo[];
    figures: ParagraphInfo[];
  }
}

/**
 * Give every paragraph and photo caption of an article a stable id derived from its own
 * words (`p-…` and `photo-…`), and a permalink to it after its text. The list of
 * paragraphs is left in `file.data.paragraphs` for the pages that link to them.
 */
export default function rehypeParagraphIds() {
  return (tree: Root, file: { data: { paragraphs?: ParagraphInfo[]; figures?: ParagraphInfo[] } }) => {
    const paragraphs: Element[] = [];
    const figures: Element[] = [];
    visit(tree, 'element', (node) => {
      if (node.tagName === 'figure') {
        figures.push(node);
        return SKIP;
      }
      if (node.tagName === 'p') {
        paragraphs.push(node);
        return SKIP;
      }
    });
    const texts = paragraphs.map((p) => toString(p));
    const ids = paragraphIds(texts, 'p');
    paragraphs.forEach((p, i) => {
      p.properties.id = ids[i]!;
      p.children.push(permalink(ids[i]!, `Link to paragraph beginning “${firstWords(texts[i]!.replace(/^[\s"'“‘]+/, ''), 5)}”`));
    });
    const figureTexts = figures.map((f) => toString(f));
    const figureIds = paragraphIds(figureTexts, 'photo');
    figures.forEach((f, i) => {
      f.properties.id = figureIds[i]!;
    });
    file.data.figures = figures.map((_, i) => ({ id: figureIds[i]!, text: figureTexts[i]! }));
    file.data.paragraphs = paragraphs.map((_, i) => ({ id: ids[i]!, text: texts[i]! }));
  };
}

/**
 * A permalink in Starlight's accessible pattern: a visible mark hidden from assistive
 * tech, and a spoken name that search indexing skips.
 */
export function permalink(id: string, label: string, mark = '¶'): ElementContent {
  return h('a', { className: ['permalink'], href: `#${id}` }, [
    h('span', { ariaHidden: 'true' }, mark),
    h('span', { className: ['sr-only'], dataPagefindIgnore: '' }, label),
  ]);
}
