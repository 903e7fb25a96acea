import type { VFileMessage } from 'vfile-message';
import { problem } from '../../problems/problem.ts';
import type { GlossaryEntry, QuoteEntry } from '../entries.ts';
import { placeOf } from '../../problems/lines.ts';

/** Words are said by people or issued by organisations; a place cannot be a quote's speaker. */
export function checkSpeakers(quotes: readonly QuoteEntry[], glossary: readonly GlossaryEntry[]): VFileMessage[] {
  const kinds = new Map(glossary.map((g) => [g.id, g.data.kind]));
  const problems: VFileMessage[] = [];
  for (const quote of quotes) {
    for (const field of ['speaker', 'voices'] as const) {
      const ref = quote.data[field];
      if (!ref || kinds.get(ref.id) !== 'place') continue;
      problems.push(
        problem({
          rule: 'speaker-kind',
          file: quote.file,
          entry: quote.id,
          reason: `\`${field}\` is “${ref.id}”, a place; words are said by a person or an organisation.`,
          fix: `name the person or organisation who said it (the place it was said goes in \`said.place\`).`,
          place: placeOf(quote.source, [field]),
        }),
      );
    }
  }
  return problems;
}
