import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { addProblem } from '../problems/problem.ts';
import { whereIn } from './article-facts.ts';

/** A link from content to a page of this site, as written (a site path with its fragment). */
export interface SiteLink {
  path: string;
  /** The line in the field or file, for problems found later. */
  line?: number;
}

declare module 'vfile' {
  interface DataMap {
    /** Links from content to this site's pages, for checking that each lands somewhere. */
    siteLinks: SiteLink[];
  }
}

/**
 * Content authors link to the site with site paths (`/glossary/vladimir-putin/`,
 * `/timeline/#alaska-summit`), whatever path the site is deployed under. This puts the
 * base in front of each such link and records it in `file.data.siteLinks`, so the site
 * data can check it lands on a page and fragment that exist. A path that climbs out of the
 * site (`/../x`) is a problem.
 */
export default function rehypeSiteLinks(options: { base?: string } = {}) {
  const base = options.base ?? '/';
  return (tree: Root, file: VFile) => {
    const links = (file.data.siteLinks ??= []);
    visit(tree, 'element', (node) => {
      const href = node.tagName === 'a' ? node.properties.href : undefined;
      if (typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return;
      const line = node.position?.start.line;
      const resolved = new URL(href, 'http://site/').pathname;
      if (href.split(/[?#]/)[0] !== resolved) {
        addProblem(file, {
          rule: 'site-link-form',
          entry: whereIn(file, line),
          reason: `the link ${JSON.stringify(href)} is not a plain path on this site.`,
          fix: 'write the page’s path from the site’s root, such as /glossary/vladimir-putin/ or /timeline/#alaska-summit.',
          place: node.position,
        });
        return;
      }
      links.push({ path: href, line });
      node.properties.href = `${base}${href.slice(1)}`;
    });
  };
}
