import type { VFileMessage } from 'vfile-message';
import { problem } from '../../problems/problem.ts';
import type { EventEntry } from '../entries.ts';
import { placeOf } from '../lines.ts';

/** An event lists each participant once. */
export function checkParticipants(events: readonly EventEntry[]): VFileMessage[] {
  const problems: VFileMessage[] = [];
  for (const event of events) {
    const seen = new Set<string>();
    event.data.participants.forEach((p, i) => {
      if (!seen.has(p.id)) {
        seen.add(p.id);
        return;
      }
      problems.push(
        problem({
          rule: 'participants-unique',
          file: event.file,
          entry: event.id,
          reason: `“${p.id}” is listed twice in \`participants\`.`,
          fix: 'list each participant once.',
          place: placeOf(event.source, ['participants', i]),
        }),
      );
    });
  }
  return problems;
}
