import { ContentError } from './content-error.ts';
import { normalizeText } from './text.ts';

/** A reference from one entry to another, as found in content. */
export interface RefUse {
  file: string;
  entry: string;
  field: string;
  collection: string;
  id: string;
}

/**
 * Every reference must name an existing entry. (Astro only logs a missing reference and
 * carries on; a link to nowhere must stop the build instead.)
 */
export function checkReferences(uses: RefUse[], known: Record<string, Set<string>>): void {
  for (const use of uses) {
    if (known[use.collection]?.has(use.id)) continue;
    const choices = [...(known[use.collection] ?? [])].sort();
    throw new ContentError({
      file: use.file,
      entry: use.entry,
      problem: `\`${use.field}\` refers to “${use.id}”, which is not in content/${use.collection}/.`,
      fix: `use one of the existing ids (${choices.slice(0, 12).join(', ')}${choices.length > 12 ? ', …' : ''}) or add content/${use.collection}/${use.id}.${use.collection === 'articles' ? 'md' : 'yaml'}.`,
    });
  }
}

export interface AliasOwner {
  id: string;
  file: string;
  aliases: string[];
}

/** No two glossary entries may claim the same alias: a mention must mean one thing. */
export function checkAliasClashes(entries: AliasOwner[]): void {
  const owner = new Map<string, AliasOwner>();
  for (const entry of entries) {
    for (const alias of entry.aliases) {
      const key = normalizeText(alias);
      const other = owner.get(key);
      if (other && other.id !== entry.id) {
        throw new ContentError({
          file: entry.file,
          entry: entry.id,
          problem: `the alias “${alias}” is also claimed by ${other.id} (${other.file}).`,
          fix: `keep “${alias}” in only one of the two entries; use a longer alias (e.g. a full name) in the other.`,
        });
      }
      owner.set(key, entry);
    }
  }
}

/** Every alias must match something in the articles, or it is a typo or dead weight. */
export function checkAliasesUsed(entries: AliasOwner[], used: Set<string>): void {
  for (const entry of entries) {
    for (const alias of entry.aliases) {
      if (used.has(normalizeText(alias))) continue;
      throw new ContentError({
        file: entry.file,
        entry: entry.id,
        problem: `the alias “${alias}” matches nothing in any article.`,
        fix: 'spell it exactly as the article does (case matters; possessives are matched for you), or remove it.',
      });
    }
  }
}

/** A source that cites an article paragraph. */
export interface ParagraphUse {
  file: string;
  entry: string;
  article: string;
  paragraph: string;
}

/** Every cited paragraph must exist in its article. */
export function checkParagraphs(uses: ParagraphUse[], paragraphs: Map<string, Set<string>>): void {
  for (const use of uses) {
    if (paragraphs.get(use.article)?.has(use.paragraph)) continue;
    throw new ContentError({
      file: use.file,
      entry: use.entry,
      problem: `the source paragraph “${use.paragraph}” is not in the article “${use.article}”.`,
      fix: 'copy the id from the paragraph’s ¶ link on the article page (ids come from each paragraph’s first five words).',
    });
  }
}

/** Ids every page's template uses; content must not claim them. */
export const TEMPLATE_IDS = ['main', 'toc-title', 'fragment-aliases'];

/**
 * Ids on one page must be unique, or a link lands on the wrong thing: a heading, a quote
 * id and a paragraph id can collide, and so can content and the template.
 */
export function checkUniqueIds(html: string, file: string, page: string, reserved: string[] = TEMPLATE_IDS): void {
  const seen = new Set(reserved);
  for (const [, id] of html.matchAll(/\sid="([^"]+)"/g)) {
    if (!seen.has(id!)) {
      seen.add(id!);
      continue;
    }
    throw new ContentError({
      file,
      entry: `#${id}`,
      problem: `the id “${id}” is used twice on ${page} (a heading, a quote id, a paragraph or the page template).`,
      fix: 'rename the heading or the quote file so that each id on the page is different.',
    });
  }
}
