import type { MovedLinks } from './moved.ts';
import { isPublishedId } from '../core/template-ids.ts';

/** Every public page path, with the fragment ids it publishes. */
export type LinkManifest = Record<string, string[]>;

/** A manifest from pages and their ids, sorted so diffs are small and stable. */
export function manifestOf(pages: Map<string, string[]>): LinkManifest {
  const out: LinkManifest = {};
  for (const path of [...pages.keys()].sort()) out[path] = [...new Set(pages.get(path)!.filter(isPublishedId))].sort();
  return out;
}

/**
 * The manifest after a build: what was published, plus what the build adds. A link once
 * published stays listed, so `links:update` can never drop one: a fragment the site now
 * sends elsewhere (a correction that left /corrections/ for its group's page) keeps its
 * redirect only while it is listed, and one that went nowhere keeps failing the check.
 */
export function mergeManifests(published: LinkManifest, current: LinkManifest): LinkManifest {
  const out: LinkManifest = {};
  for (const path of [...new Set([...Object.keys(published), ...Object.keys(current)])].sort())
    out[path] = [...new Set([...(published[path] ?? []), ...(current[path] ?? [])])].sort();
  return out;
}

export interface LinkCheck {
  /** Published URLs and fragments that no longer resolve (and did not move). */
  missing: string[];
  /** New URLs and fragments not yet in the manifest. */
  added: string[];
}

/**
 * Compare the published manifest with the current build. A published page or fragment
 * that disappeared is missing unless it moved (content/moved.yaml, or a withdrawn entry's
 * redirect) to something that exists.
 */
export function checkLinks(published: LinkManifest, current: LinkManifest, moved: MovedLinks): LinkCheck {
  const missing: string[] = [];
  const added: string[] = [];
  const exists = (page: string, id?: string) => page in current && (id === undefined || current[page]!.includes(id));
  for (const [page, ids] of Object.entries(published)) {
    const target = page in current ? page : moved.pages[page];
    if (!target || !exists(target)) {
      missing.push(`${page} (page)`);
      continue;
    }
    for (const id of ids) {
      if (exists(target, id)) continue;
      const to = moved.fragments[page]?.[id] ?? moved.fragments[target]?.[id];
      // It moved to an id on the same page, or (a withdrawn entry) to another page's address.
      const lands = to?.startsWith('/')
        ? exists(to.split('#')[0]!, to.split('#')[1])
        : to !== undefined && exists(target, to);
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
      'How to fix: restore the id or page, or declare where it went in content/moved.yaml (pages: {old: new}, fragments: {page: {old-id: new-id}}).',
    );
  }
  if (check.added.length > 0) {
    lines.push(
      `New links are not in content/published-links.json yet:\n${check.added
        .slice(0, 20)
        .map((m) => `  - ${m}`)
        .join('\n')}${check.added.length > 20 ? `\n  … and ${check.added.length - 20} more` : ''}`,
      'How to fix: run `npm run links:update` and commit content/published-links.json.',
    );
  }
  return lines.join('\n');
}
