import type { Aliases } from './aliases.ts';

/** Every public page path, with the fragment ids it publishes. */
export type LinkManifest = Record<string, string[]>;

import { isPublishedId } from './template-ids.ts';

/** A manifest from pages and their ids, sorted so diffs are small and stable. */
export function manifestOf(pages: Map<string, string[]>): LinkManifest {
  const out: LinkManifest = {};
  for (const path of [...pages.keys()].sort()) out[path] = [...new Set(pages.get(path)!.filter(isPublishedId))].sort();
  return out;
}

export interface LinkCheck {
  /** Published URLs and fragments that no longer resolve (and have no alias). */
  missing: string[];
  /** New URLs and fragments not yet in the manifest. */
  added: string[];
}

/**
 * Compare the published manifest with the current build. A published page or fragment
 * that disappeared is missing unless an alias points it at something that exists.
 */
export function checkLinks(published: LinkManifest, current: LinkManifest, aliases: Aliases): LinkCheck {
  const missing: string[] = [];
  const added: string[] = [];
  const exists = (page: string, id?: string) => page in current && (id === undefined || current[page]!.includes(id));
  for (const [page, ids] of Object.entries(published)) {
    const target = page in current ? page : aliases.pages[page];
    if (!target || !exists(target)) {
      missing.push(`${page} (page)`);
      continue;
    }
    for (const id of ids) {
      if (exists(target, id)) continue;
      const alias = aliases.fragments[page]?.[id] ?? aliases.fragments[target]?.[id];
      // An alias is an id on the same page, or (a withdrawn entry) another page's address.
      const lands = alias?.startsWith('/') ? exists(alias.split('#')[0]!, alias.split('#')[1]) : alias !== undefined && exists(target, alias);
      if (!lands) missing.push(`${page}#${id}`);
    }
  }
  for (const [page, ids] of Object.entries(current)) {
    if (!(page in published)) added.push(`${page} (page)`);
    else for (const id of ids) if (!published[page]!.includes(id)) added.push(`${page}#${id}`);
  }
  return { missing, added };
}

/** The message for a failed check: what disappeared and the two ways to fix it. */
export function describeCheck(check: LinkCheck): string {
  const lines: string[] = [];
  if (check.missing.length > 0) {
    lines.push(
      `Published links no longer resolve:\n${check.missing.map((m) => `  - ${m}`).join('\n')}`,
      'How to fix: restore the id or page, or declare where it went in content/aliases.yaml (pages: {old: new}, fragments: {page: {old-id: new-id}}).',
    );
  }
  if (check.added.length > 0) {
    lines.push(
      `New links are not in content/published-links.json yet:\n${check.added.slice(0, 20).map((m) => `  - ${m}`).join('\n')}${check.added.length > 20 ? `\n  … and ${check.added.length - 20} more` : ''}`,
      'How to fix: run `npm run links:update` and commit content/published-links.json.',
    );
  }
  return lines.join('\n');
}
