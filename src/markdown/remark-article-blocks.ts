import type { Root, PhrasingContent, Parent } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { addProblem } from '../problems/problem.ts';

/** The container blocks an article may use, and what each becomes. */
const BLOCKS = {
  caption: 'a photo caption, rendered without the photo: `:::caption{credit="Photo: Agency"}`',
  contact: 'the authors’ contact line: `:::contact`',
} as const;

/**
 * Turn the article's container directives into semantic blocks: `:::caption` becomes a
 * `<figure>` holding only its caption and credit (the photos are not ours to show), and
 * `:::contact` becomes the article's closing contact line. Anything else is a problem, and
 * its content is kept as plain blocks.
 * Text directives (`:word`) are not a feature here, so they are put back as plain text.
 */
export default function remarkArticleBlocks() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'textDirective' && parent && index !== undefined) {
        (parent as Parent).children.splice(index, 1, ...restoreTextDirective(node, String(file.value)));
        return SKIP;
      }
      if (node.type !== 'containerDirective' && node.type !== 'leafDirective') return;
      const directive = node as ContainerDirective | LeafDirective;
      if (directive.type === 'leafDirective' || !(directive.name in BLOCKS)) {
        addProblem(file, {
          rule: 'known-blocks',
          entry: `line ${directive.position?.start.line ?? '?'}`,
          reason: `unknown block “${directive.type === 'leafDirective' ? '::' : ':::'}${directive.name}”.`,
          fix: `use one of: ${Object.values(BLOCKS).join('; ')}.`,
          place: directive.position,
        });
        directive.data = { hName: 'div' };
        return;
      }
      if (directive.name === 'caption') toCaption(directive, file);
      else directive.data = { hName: 'footer', hProperties: { className: ['article-contact'] } };
      return SKIP;
    });
  };
}

/** `:::caption{credit}` → figure > figcaption > (text, credit). */
function toCaption(node: ContainerDirective, file: VFile): void {
  const credit = node.attributes?.credit;
  const unknown = Object.keys(node.attributes ?? {}).filter((name) => name !== 'credit');
  if (unknown.length > 0) {
    addProblem(file, {
      rule: 'caption-form',
      entry: `line ${node.position?.start.line ?? '?'}`,
      reason: `the caption has an attribute it does not know: ${unknown.map((n) => `“${n}”`).join(', ')}.`,
      fix: `a caption takes only a credit: ${BLOCKS.caption}.`,
      place: node.position,
    });
  }
  if (node.children.length === 0) {
    addProblem(file, {
      rule: 'caption-form',
      entry: `line ${node.position?.start.line ?? '?'}`,
      reason: 'the caption is empty.',
      fix: 'write the caption’s words between `:::caption` and `:::`, or remove it.',
      place: node.position,
    });
  }
  const body: Parent & { type: 'captionBody' } = {
    type: 'captionBody',
    data: { hName: 'figcaption' },
    children: [...node.children],
  } as never;
  if (credit) {
    // A space between caption and credit, so the page's text reads “…war. Photo: AP”.
    body.children.push(
      { type: 'text', value: ' ' } as never,
      {
        type: 'captionCredit',
        data: { hName: 'small', hProperties: { className: ['credit'] } },
        children: [{ type: 'text', value: credit }],
      } as never,
    );
  }
  node.children = [body as never];
  node.data = { hName: 'figure', hProperties: { className: ['photo-caption'] } };
}

/**
 * Put back the source of a `:name[label]{attributes}` that was never meant as a
 * directive (“a ratio of 3:1”): its own text, from the file, as written.
 */
function restoreTextDirective(node: TextDirective, source: string): PhrasingContent[] {
  const { start, end } = node.position ?? {};
  if (start?.offset !== undefined && end?.offset !== undefined)
    return [{ type: 'text', value: source.slice(start.offset, end.offset) }];
  const label =
    node.children.length > 0
      ? [{ type: 'text', value: '[' } as const, ...node.children, { type: 'text', value: ']' } as const]
      : [];
  return [{ type: 'text', value: `:${node.name}` }, ...(label as PhrasingContent[])];
}
