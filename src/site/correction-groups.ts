import { paths, withBase } from '../core/urls.ts';
import type { Article, CorrectionGroup, CorrectionRecord } from './types.ts';
import { byArticle, LIST_SPLIT, type ArchiveSplit } from './archive.ts';

export type { CorrectionGroup } from './types.ts';
import { correctionLinks } from './corrections.ts';

/** How many of the newest corrections /corrections/ shows in full; the rest are on their group's page. */
export const RECENT_CORRECTIONS = 10;

/** Each correction with its id and entry link (as `correctionLinks` gives them) and the group it belongs to. */
function linked(records: readonly CorrectionRecord[]) {
  const links = correctionLinks(records);
  return records.map((record, i) => ({ record, ...links[i]! }));
}

/**
 * The site's corrections in groups whose size does not grow with the archive: the glossary's,
 * the timeline's, and each article's (its own and its quotes'), so no page lists every
 * correction a newsroom ever made. Glossary and timeline first, then articles newest first
 * (by their newest correction). `titles` names each article.
 */
export function correctionGroups(
  records: readonly CorrectionRecord[],
  titles: ReadonlyMap<string, string>,
): CorrectionGroup[] {
  const groups = new Map<string, CorrectionGroup>();
  for (const item of linked(records)) {
    const { collection, article } = item.record.entry;
    const key = collection === 'glossary' || collection === 'timeline' ? collection : article!;
    let group = groups.get(key);
    if (!group) {
      const site = key === 'glossary' || key === 'timeline' ? key : undefined;
      group = {
        key,
        path: site ? paths.corrections(site) : paths.corrections({ article: key }),
        label:
          site === 'glossary'
            ? 'People, places and organizations'
            : site === 'timeline'
              ? 'The timeline'
              : `“${titles.get(key) ?? key}” and its quotes`,
        records: [],
      };
      groups.set(key, group);
    }
    group.records.push(item);
  }
  const order = (g: CorrectionGroup) => (g.key === 'glossary' ? 0 : g.key === 'timeline' ? 1 : 2);
  // Records are newest first already, so a group's first record is its newest.
  return [...groups.values()].sort((a, b) => order(a) - order(b));
}

/**
 * Where the ids /corrections/ once had for each correction now lead: the corrections it no
 * longer shows in full are on their group's page, under the same id.
 */
export function correctionRedirects(
  groups: readonly CorrectionGroup[],
  shown: ReadonlySet<string>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const group of groups)
    for (const { id } of group.records) if (!shown.has(id)) out[id] = `${withBase(group.path)}#${id}`;
  return out;
}

/**
 * The articles' groups (not the glossary's or the timeline's) as a list that grows with the
 * archive is split (src/site/archive.ts): the newest articles' for /corrections/articles/,
 * the rest on numbered pages counted from the oldest article.
 */
export function correctedArticles(
  groups: readonly CorrectionGroup[],
  articles: readonly Article[],
): ArchiveSplit<CorrectionGroup> {
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const articleOf = (g: CorrectionGroup) => {
    const article = bySlug.get(g.key);
    if (!article) throw new Error(`Corrections are filed under “${g.key}”, which is no article`);
    return article;
  };
  return byArticle(
    groups.filter((g) => g.key !== 'glossary' && g.key !== 'timeline'),
    articleOf,
    LIST_SPLIT,
  );
}
