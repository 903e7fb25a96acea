import type { VFileMessage } from 'vfile-message';
import { problem } from '../../problems/problem.ts';
import type { EventEntry } from '../entries.ts';
import { placeOf } from '../../problems/lines.ts';

/** An event lists each participant once, and nobody both took part and declined. */
export function checkParticipants(events: readonly EventEntry[]): VFileMessage[] {
  const problems: VFileMessage[] = [];
  for (const event of events) {
    const taking = new Set(event.data.participants.map((p) => p.id));
    event.data.declined.forEach((p, i) => {
      if (!taking.has(p.id)) return;
      problems.push(
        problem({
          rule: 'participants-declined',
          file: event.file,
          entry: event.id,
          reason: `“${p.id}” is listed both in \`participants\` and in \`declined\`.`,
          fix: 'keep those who took part in `participants` and those invited who did not take part in `declined`.',
          place: placeOf(event.source, ['declined', i]),
        }),
      );
    });
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
