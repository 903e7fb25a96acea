import type { VFileMessage } from 'vfile-message';
import type { z } from 'astro/zod';
import { problem } from '../problems/problem.ts';
import { schemas } from '../schemas/index.ts';
import type { Entries, RawEntry } from './entries.ts';
import { placeOf } from './lines.ts';

/** A field path as an editor writes it: `sources[2].url`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('');
}

/** The value at a path of raw data, or undefined. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** One schema issue as a problem: what is wrong with which field, at its line, and the schema's own advice. */
function issueProblem(entry: RawEntry, issue: z.core.$ZodIssue): VFileMessage {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const field = fieldPath(path);
  const missing = issue.code === 'invalid_type' && valueAt(entry.data, path) === undefined;
  const reason =
    issue.code === 'unrecognized_keys'
      ? `${field ? `\`${field}\` has ` : ''}an unknown field ${issue.keys.map((k) => `“${k}”`).join(', ')}.`
      : missing
        ? `\`${field}\` is missing.`
        : `\`${field || 'the entry'}\` is not valid.`;
  return problem({
    rule: 'schema',
    file: entry.file,
    entry: entry.id,
    reason,
    fix: issue.message,
    place: placeOf(entry.source, issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]!] : path),
  });
}

/**
 * Check every entry against its collection's zod schema, all of them, collecting every
 * issue of every entry (not stopping at the first), each at its line.
 */
export function validateEntries(raw: readonly RawEntry[]): { entries: Entries; problems: VFileMessage[]; invalid: Set<string> } {
  const entries: Entries = { articles: [], glossary: [], quotes: [], timeline: [] };
  const problems: VFileMessage[] = [];
  const invalid = new Set<string>();
  for (const entry of raw) {
    const result = schemas[entry.collection].safeParse(entry.data ?? {});
    if (!result.success) {
      problems.push(...result.error.issues.map((issue) => issueProblem(entry, issue)));
      invalid.add(`${entry.collection}/${entry.id}`);
      continue;
    }
    (entries[entry.collection] as unknown[]).push({ id: entry.id, file: entry.file, source: entry.source, data: result.data });
  }
  return { entries, problems, invalid };
}
