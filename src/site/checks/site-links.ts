import type { VFileMessage } from 'vfile-message';
import { problem } from '../../problems/problem.ts';
import type { SiteLink } from '../../markdown/rehype-site-links.ts';

/** A link found in an entry's Markdown: which entry and field, and where. */
export interface LinkUse {
  file: string;
  entry: string;
  /**
   * The line in the file where the field's text starts (links are numbered from there):
   * worked out only for a problem, since it parses the YAML file.
   */
  firstLine: () => number;
  links: readonly SiteLink[];
}

/** The site's pages (site paths) with the fragment ids each has; `null` where any fragment is fine. */
export type KnownPages = ReadonlyMap<string, ReadonlySet<string> | null>;

/**
 * Every link content makes to a page of this site must land: the page exists, and so does
 * the fragment it names (a timeline event, a paragraph, a quote). A mistyped id would
 * otherwise publish a link to nowhere.
 */
export function checkSiteLinks(uses: readonly LinkUse[], pages: KnownPages): VFileMessage[] {
  const problems: VFileMessage[] = [];
  for (const use of uses) {
    for (const link of use.links) {
      const [path, fragment] = link.path.split('#') as [string, string | undefined];
      const page = path.split('?')[0]!;
      const ids = pages.get(page);
      const missingPage = ids === undefined;
      if (!missingPage && (!fragment || ids === null || ids.has(decodeURIComponent(fragment)))) continue;
      problems.push(
        problem({
          rule: 'site-links',
          file: use.file,
          entry: use.entry,
          reason: missingPage
            ? `the link ${link.path} points at a page the site does not have.`
            : `the link ${link.path} points at #${fragment}, which is not on ${page}.`,
          fix: 'copy the address from the page (the ¶ and # links give paragraph and section addresses; timeline events are /timeline/#<file name>).',
          place: { line: use.firstLine() + (link.line ?? 1) - 1, column: 1 },
        }),
      );
    }
  }
  return problems;
}
