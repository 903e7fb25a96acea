import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { addProblem } from '../problems/problem.ts';
import { articleFacts } from './article-facts.ts';

/**
 * Ids on one page must be unique, or a link lands on the wrong thing: a heading, a quote
 * id and a paragraph id can collide, and so can content and the page template (whose ids
 * come in as `reserved`). Every id is recorded in `file.data.article.ids`; each clash is a
 * problem at the line of the element that repeats the id.
 */
export default function rehypeUniqueIds(options: { reserved?: readonly string[]; page?: string } = {}) {
  return (tree: Root, file: VFile) => {
    const ids = articleFacts(file).ids;
    const seen = new Map<string, Element | undefined>((options.reserved ?? []).map((id) => [id, undefined]));
    visit(tree, 'element', (node) => {
      const id = node.properties.id;
      if (typeof id !== 'string') return;
      ids.push(id);
      if (!seen.has(id)) {
        seen.set(id, node);
        return;
      }
      // Elements the pipeline made have no position; name the line of the one from the text.
      const place = node.position ?? seen.get(id)?.position;
      addProblem(file, {
        rule: 'unique-ids',
        entry: `#${id}`,
        reason: `the id “${id}” is used twice on ${options.page ?? 'the article page'} (a heading, a quote id, a paragraph or the page template).`,
        fix: 'rename the heading or the quote file so that each id on the page is different.',
        place,
      });
    });
  };
}
