import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { ContentError } from '../utils/content-error.ts';

/** Addresses content may link to: the web, e-mail, this site's pages and fragments. */
const SAFE = /^(https?:\/\/|mailto:|\/(?!\/)|#)/i;

/**
 * Links in content go only to web pages, e-mail or this site; anything else (a
 * `javascript:` or `data:` URL) stops the build. Images are not part of our content (the
 * article's photos are not ours to show, and nothing may load from elsewhere), so they
 * stop it too.
 */
export default function remarkSafeLinks() {
  return (tree: Root, file: VFile) => {
    const where = (line?: number) => `${file.data.field ? `${file.data.field}, ` : ''}line ${line ?? '?'}`;
    visit(tree, (node) => {
      if (node.type === 'image' || node.type === 'imageReference') {
        throw new ContentError({
          file: file.path,
          entry: where(node.position?.start.line),
          problem: 'images are not allowed in content.',
          fix: 'describe the photo in a `:::caption` block instead, or remove the image.',
        });
      }
      if ((node.type === 'link' || node.type === 'definition') && !SAFE.test(node.url) && node.url !== '#') {
        throw new ContentError({
          file: file.path,
          entry: where(node.position?.start.line),
          problem: `the link target ${JSON.stringify(node.url.slice(0, 60))} is not a web, e-mail or site address.`,
          fix: 'link to an https:// page, a mailto: address or a path on this site such as /glossary/vladimir-putin/.',
        });
      }
    });
  };
}
