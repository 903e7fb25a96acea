import type { VFileMessage } from 'vfile-message';
import { problem } from '../../problems/problem.ts';
import { normalizeText } from '../../text/normalize.ts';
import type { GlossaryEntry } from '../entries.ts';
import { placeOf } from '../../problems/lines.ts';

/** No two glossary entries may claim the same alias: a mention must mean one thing. */
export function checkAliasClashes(glossary: readonly GlossaryEntry[]): VFileMessage[] {
  const owner = new Map<string, GlossaryEntry>();
  const problems: VFileMessage[] = [];
  for (const entry of glossary) {
    entry.data.aliases.forEach((alias, i) => {
      const key = normalizeText(alias);
      const other = owner.get(key);
      if (other && other.id !== entry.id) {
        problems.push(
          problem({
            rule: 'alias-clash',
            file: entry.file,
            entry: entry.id,
            reason: `the alias “${alias}” is also claimed by ${other.id} (${other.file}).`,
            fix: `keep “${alias}” in only one of the two entries; use a longer alias (e.g. a full name) in the other.`,
            place: placeOf(entry.source, ['aliases', i]),
          }),
        );
        return;
      }
      owner.set(key, entry);
    });
  }
  return problems;
}

/** Every alias must match something in the articles, or it is a typo or dead weight. */
export function checkAliasesUsed(glossary: readonly GlossaryEntry[], used: ReadonlySet<string>): VFileMessage[] {
  return glossary.flatMap((entry) =>
    entry.data.aliases.flatMap((alias, i) =>
      used.has(normalizeText(alias))
        ? []
        : [
            problem({
              rule: 'alias-used',
              file: entry.file,
              entry: entry.id,
              reason: `the alias “${alias}” matches nothing in any article.`,
              fix: 'spell it exactly as the article does (case matters; possessives are matched for you), or remove it.',
              place: placeOf(entry.source, ['aliases', i]),
            }),
          ],
    ),
  );
}
