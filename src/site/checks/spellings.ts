import type { VFileMessage } from 'vfile-message';
import { problem } from '../../problems/problem.ts';
import { fold } from '../../text/normalize.ts';
import type { GlossaryEntry } from '../entries.ts';
import { placeOf } from '../../problems/lines.ts';

/**
 * A spelling must point at one entry: it may not belong to two entries, nor be another
 * entry's name or alias, nor be one of the entry's own names with only case or accents
 * changed (search already ignores those). What it stands for must be the entry's own name
 * or alias. Each problem names both entries where there are two.
 */
export function checkSpellings(glossary: readonly GlossaryEntry[]): VFileMessage[] {
  const problems: VFileMessage[] = [];
  const names = new Map<string, GlossaryEntry>();
  for (const g of glossary)
    for (const n of [g.data.name, ...g.data.aliases]) if (!names.has(fold(n))) names.set(fold(n), g);
  const spelled = new Map<string, GlossaryEntry>();
  for (const g of glossary) {
    g.data.spellings.forEach((s, i) => {
      const key = fold(s.text);
      const place = placeOf(g.source, ['spellings', i, 'text']);
      const owner = names.get(key);
      const other = spelled.get(key);
      const say = (reason: string, fix: string) =>
        problems.push(problem({ rule: 'spellings', file: g.file, entry: g.id, reason, fix, place }));
      if (owner && owner.id === g.id) {
        say(
          `the spelling “${s.text}” differs only by case or accents from the entry’s own “${[g.data.name, ...g.data.aliases].find((n) => fold(n) === key)}”, which search already matches.`,
          'remove it: search ignores case and accents.',
        );
      } else if (owner) {
        say(
          `the spelling “${s.text}” is also the name or an alias of ${owner.id} (${owner.file}).`,
          `a search must lead to one entry: remove “${s.text}” here or from ${owner.id}.`,
        );
      } else if (other && other.id !== g.id) {
        say(
          `the spelling “${s.text}” also belongs to ${other.id} (${other.file}).`,
          `keep “${s.text}” in only one of the two entries.`,
        );
      }
      if (!other) spelled.set(key, g);
      if (s.for && ![g.data.name, ...g.data.aliases].includes(s.for)) {
        say(
          `the spelling “${s.text}” stands for “${s.for}”, which is not this entry’s name or an alias.`,
          `set \`for\` to one of: ${[g.data.name, ...g.data.aliases].join(', ')}.`,
        );
      }
    });
  }
  return problems;
}
