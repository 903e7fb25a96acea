import type { VFileMessage } from 'vfile-message';
import { formatPartialDate, isoOf } from '../../core/dates.ts';
import { placeOf } from '../../problems/lines.ts';
import { problem } from '../../problems/problem.ts';
import type { Collection } from '../../schemas/common.ts';
import { editionsOf, unchangedFields } from '../editions.ts';
import { ENTRY_FIELDS } from '../entry-fields.ts';
import type { Entries, Entry } from '../entries.ts';

/**
 * A correction records what it changed (`before`): each field it names must be one a
 * reader sees, and must have said something else before the correction than after it.
 * A correction that records the words a field has now changed nothing there: a mistake;
 * so is a note said to be reworded whose earlier words are its words now. Lists are
 * written newest first: editions and correction ids count from the last written, so a
 * correction added at the foot would take an older one's id and edition number.
 */
export function checkCorrections(entries: Entries): VFileMessage[] {
  const problems: VFileMessage[] = [];
  for (const [collection, list] of Object.entries(entries) as [Collection, Entry<Collection>[]][]) {
    const allowed = ENTRY_FIELDS[collection].map((f) => f.path);
    for (const entry of list) {
      const corrections = entry.data.corrections.map((c, i) => ({ ...c, index: i }));
      let known = true;
      corrections.forEach((c, i) => {
        const newer = corrections[i - 1];
        if (newer && isoOf(c.date) > isoOf(newer.date)) {
          known = false;
          problems.push(
            problem({
              rule: 'corrections-newest-first',
              file: entry.file,
              entry: entry.id,
              reason: `the correction of ${formatPartialDate(c.date)} is written below an older one, of ${formatPartialDate(newer.date)}; corrections are written newest first.`,
              fix: 'move it above every older correction: the newest comes first in `corrections`.',
              place: placeOf(entry.source, ['corrections', c.index, 'date']),
            }),
          );
        }
        for (const part of ['what', 'why'] as const) {
          if (c.reworded?.before[part] !== c[part]) continue;
          problems.push(
            problem({
              rule: 'correction-reworded',
              file: entry.file,
              entry: entry.id,
              reason: `the correction of ${formatPartialDate(c.date)} says its note was reworded, but \`reworded.before.${part}\` is the same as its \`${part}\`.`,
              fix: `give \`reworded.before.${part}\` the note’s wording as first written, or remove it if that part was not reworded.`,
              place: placeOf(entry.source, ['corrections', c.index, 'reworded', 'before', part], { key: true }),
            }),
          );
        }
        for (const path of Object.keys(c.before)) {
          if (allowed.includes(path)) continue;
          known = false;
          problems.push(
            problem({
              rule: 'correction-fields',
              file: entry.file,
              entry: entry.id,
              reason: `the correction of ${formatPartialDate(c.date)} records \`${path}\` in \`before\`, which is not a field of ${collection === 'articles' ? 'the article' : 'this entry'} a reader sees.`,
              fix: `name the field it changed: one of ${allowed.join(', ')}.`,
              place: placeOf(entry.source, ['corrections', c.index, 'before', path], { key: true }),
            }),
          );
        }
      });
      if (!known) continue;
      for (const { correction: c, path } of unchangedFields(editionsOf(entry.raw, corrections))) {
        problems.push(
          problem({
            rule: 'correction-changes',
            file: entry.file,
            entry: entry.id,
            reason: `the correction of ${formatPartialDate(c.date)} says it changed \`${path}\`, but \`before\` records the words it had after the correction.`,
            fix: `give \`before.${path}\` the wording as it stood before this correction, or remove \`${path}\` from \`before\` if the correction did not change it.`,
            place: placeOf(entry.source, ['corrections', c.index, 'before', path], { key: true }),
          }),
        );
      }
    }
  }
  return problems;
}
