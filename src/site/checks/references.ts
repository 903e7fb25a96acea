import type { VFileMessage } from 'vfile-message';
import { problem } from '../../problems/problem.ts';
import type { Collection, Ref } from '../../schemas/common.ts';
import type { Entries, Entry } from '../entries.ts';
import { placeOf } from '../../problems/lines.ts';
import { fieldPath } from '../../problems/schema-issues.ts';

/** A reference found in an entry's data, with the path of the field that holds it. */
interface FoundRef {
  path: (string | number)[];
  ref: Ref;
}

const isRef = (value: unknown): value is Ref =>
  !!value && typeof value === 'object' && 'collection' in value && 'id' in value && Object.keys(value).length === 2;

/** Every reference in an entry's data, wherever the schema put one (`speaker`, `sources[1].article`…). */
function refsOf(data: unknown, path: (string | number)[] = []): FoundRef[] {
  if (isRef(data)) return [{ path, ref: data }];
  if (Array.isArray(data)) return data.flatMap((item, i) => refsOf(item, [...path, i]));
  if (data && typeof data === 'object' && !(data instanceof Date))
    return Object.entries(data).flatMap(([k, v]) => refsOf(v, [...path, k]));
  return [];
}

/**
 * Every reference must name an existing entry: a link to nowhere is a problem. A reference
 * to an entry that exists but has problems of its own is not reported again (those
 * problems say what to fix), as a compiler does not repeat an error in every use.
 */
export function checkReferences(
  entries: Entries,
  invalid: ReadonlySet<string>,
  withdrawn: ReadonlyMap<string, { date: string; instead?: string }> = new Map(),
): VFileMessage[] {
  const known = new Map<Collection, Set<string>>();
  for (const [collection, list] of Object.entries(entries) as [Collection, Entry<Collection>[]][])
    known.set(collection, new Set(list.map((e) => e.id)));
  const problems: VFileMessage[] = [];
  // Quotes and events are the entries that refer to others.
  for (const entry of [...entries.quotes, ...entries.timeline]) {
    for (const { path, ref } of refsOf(entry.data)) {
      const key = `${ref.collection}/${ref.id}`;
      if (known.get(ref.collection)?.has(ref.id) || invalid.has(key)) continue;
      const gone = withdrawn.get(key);
      if (gone) {
        problems.push(
          problem({
            rule: 'references-withdrawn',
            file: entry.file,
            entry: entry.id,
            reason: `\`${fieldPath(path)}\` refers to “${ref.id}”, which was withdrawn on ${gone.date}.`,
            fix: gone.instead
              ? `refer to what replaced it (${gone.instead}) or remove the reference.`
              : 'remove the reference, or refer to another entry.',
            place: placeOf(entry.source, path),
          }),
        );
        continue;
      }
      const choices = [...(known.get(ref.collection) ?? [])].sort();
      problems.push(
        problem({
          rule: 'references',
          file: entry.file,
          entry: entry.id,
          reason: `\`${fieldPath(path)}\` refers to “${ref.id}”, which is not in content/${ref.collection}/.`,
          fix: `use one of the existing ids (${choices.slice(0, 12).join(', ')}${choices.length > 12 ? ', …' : ''}) or add content/${ref.collection}/${ref.id}.${ref.collection === 'articles' ? 'md' : 'yaml'}.`,
          place: placeOf(entry.source, path),
        }),
      );
    }
  }
  return problems;
}

/** True when every reference of an entry resolves to a valid entry, so it can be used. */
export function resolves(entry: Entry<Collection>, entries: Entries): boolean {
  return refsOf(entry.data).every(({ ref }) =>
    (entries[ref.collection] as Entry<Collection>[]).some((e) => e.id === ref.id),
  );
}
