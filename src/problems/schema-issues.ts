import type { VFileMessage } from 'vfile-message';
import type { z } from 'astro/zod';
import { placeOf } from './lines.ts';
import { problem } from './problem.ts';

/** A field path as an editor writes it: `sources[2].url`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('');
}

/** The value at a path of raw data, or undefined. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );
}

/** A content file as read: its path, the entry's name in problems, what it says, and its text for line numbers. */
export interface CheckedFile {
  file: string;
  id: string;
  data: unknown;
  source: string;
}

/** One schema issue as a problem: what is wrong with which field, at its line, and the schema's own advice. */
export function issueProblem(entry: CheckedFile, issue: z.core.$ZodIssue): VFileMessage {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const field = fieldPath(path);
  const missing = (issue.code === 'invalid_type' || issue.code === 'custom') && valueAt(entry.data, path) === undefined;
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
    place:
      issue.code === 'unrecognized_keys'
        ? placeOf(entry.source, [...path, issue.keys[0]!], { key: true })
        : placeOf(entry.source, path),
  });
}
