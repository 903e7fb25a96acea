import type { VFileMessage } from 'vfile-message';
import { issueProblem } from '../problems/schema-issues.ts';
import { schemas } from '../schemas/index.ts';
import type { Entries, RawEntry } from './entries.ts';

/**
 * Check every entry against its collection's zod schema, all of them, collecting every
 * issue of every entry (not stopping at the first), each at its line.
 */
export function validateEntries(raw: readonly RawEntry[]): {
  entries: Entries;
  problems: VFileMessage[];
  invalid: Set<string>;
} {
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
    (entries[entry.collection] as unknown[]).push({
      id: entry.id,
      file: entry.file,
      source: entry.source,
      data: result.data,
      raw: entry.data as Record<string, unknown>,
    });
  }
  return { entries, problems, invalid };
}
