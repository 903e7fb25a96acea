import type { VFileMessage } from 'vfile-message';
import { problem } from '../../problems/problem.ts';
import type { EventEntry, QuoteEntry } from '../entries.ts';
import { placeOf } from '../../problems/lines.ts';

/** Every article paragraph a quote or event cites must exist in that article. */
export function checkParagraphSources(
  entries: readonly (QuoteEntry | EventEntry)[],
  blocks: ReadonlyMap<string, ReadonlySet<string>>,
): VFileMessage[] {
  const problems: VFileMessage[] = [];
  for (const entry of entries) {
    entry.data.sources.forEach((source, i) => {
      if (!('paragraph' in source)) return;
      const known = blocks.get(source.article.id);
      // An article that could not be rendered has problems of its own.
      if (!known || known.has(source.paragraph)) return;
      problems.push(
        problem({
          rule: 'paragraph-sources',
          file: entry.file,
          entry: entry.id,
          reason: `the source paragraph “${source.paragraph}” is not in the article “${source.article.id}”.`,
          fix: 'copy the id from the paragraph’s ¶ link on the article page (ids come from each paragraph’s first five words).',
          place: placeOf(entry.source, ['sources', i, 'paragraph']),
        }),
      );
    });
  }
  return problems;
}
