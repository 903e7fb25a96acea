import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { addProblem } from '../problems/problem.ts';
import { whereIn } from './article-facts.ts';

/** Addresses content may link to: the web, e-mail, this site's pages and fragments. */
const SAFE = /^(https?:\/\/|mailto:|\/(?!\/)|#)/i;

/**
 * Links in content go only to web pages, e-mail or this site; anything else (a
 * `javascript:` or `data:` URL) is a problem. Images are not part of our content (the
 * article's photos are not ours to show, and nothing may load from elsewhere), so they
 * are too. Either is reported and left out of the output.
 */
export default function remarkSafeLinks() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      const drop = (): [typeof SKIP, number] | undefined => {
        if (!parent || index === undefined) return;
        parent.children.splice(index, 1, ...('children' in node ? (node.children as never[]) : []));
        return [SKIP, index];
      };
      if (node.type === 'image' || node.type === 'imageReference') {
        addProblem(file, {
          rule: 'no-images',
          entry: whereIn(file, node.position?.start.line),
          reason: 'images are not allowed in content.',
          fix: 'describe the photo in a `:::caption` block instead, or remove the image.',
          place: node.position,
        });
        return drop();
      }
      if ((node.type === 'link' || node.type === 'definition') && !SAFE.test(node.url) && node.url !== '#') {
        addProblem(file, {
          rule: 'safe-links',
          entry: whereIn(file, node.position?.start.line),
          reason: `the link target ${JSON.stringify(node.url.slice(0, 60))} is not a web, e-mail or site address.`,
          fix: 'link to an https:// page, a mailto: address or a path on this site such as /glossary/vladimir-putin/.',
          place: node.position,
        });
        return drop();
      }
    });
  };
}
