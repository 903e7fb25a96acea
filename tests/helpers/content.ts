import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Collection } from '../../src/schemas/common.ts';
import type { RawEntry } from '../../src/site/entries.ts';

/** A content folder in memory: path relative to the folder → text. */
export type ContentFiles = Map<string, string>;

const COLLECTIONS: Collection[] = ['articles', 'glossary', 'quotes', 'timeline'];

/** Read a content folder's collection files into memory. */
export function readContent(dir = 'content'): ContentFiles {
  const files: ContentFiles = new Map();
  for (const collection of COLLECTIONS) {
    for (const name of readdirSync(join(dir, collection)).sort())
      files.set(`${collection}/${name}`, readFileSync(join(dir, collection, name), 'utf8'));
  }
  return files;
}

/**
 * A content change as an editor would make it: regex edits to existing files (`[find,
 * replace]`, multiline), files to add and files to remove, relative to `content/`.
 */
export interface ContentChange {
  edit?: Record<string, [string, string][]>;
  add?: Record<string, string>;
  remove?: string[];
}

/** A copy of content files with a change applied; every edit must match. */
export function withChange(files: ContentFiles, change: ContentChange): ContentFiles {
  const out = new Map(files);
  for (const [file, edits] of Object.entries(change.edit ?? {})) {
    let text = out.get(file);
    if (text === undefined) throw new Error(`fixture edits content/${file}, which does not exist`);
    for (const [find, replace] of edits) {
      const pattern = new RegExp(find, 'm');
      if (!pattern.test(text))
        throw new Error(`fixture edit /${find}/ matches nothing in content/${file}: update the fixture`);
      text = text.replace(pattern, replace);
    }
    out.set(file, text);
  }
  for (const [file, text] of Object.entries(change.add ?? {})) out.set(file, text);
  for (const file of change.remove ?? []) out.delete(file);
  return out;
}

/**
 * Content files as the raw entries Astro's glob loader would give: YAML files parsed whole,
 * Markdown files by their frontmatter, ids from file names.
 */
export function rawEntries(files: ContentFiles): RawEntry[] {
  return [...files].map(([path, source]) => {
    const [collection, name] = path.split('/') as [Collection, string];
    const id = name.replace(/\.(md|yaml)$/, '');
    const yaml = collection === 'articles' ? (/^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '') : source;
    return { collection, id, file: `content/${path}`, data: parse(yaml) ?? {}, source };
  });
}
