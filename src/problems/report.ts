import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { reporter } from 'vfile-reporter';

/**
 * Every problem, grouped by content file and ordered by line, with counts, as vfile-reporter
 * prints lint results; each message keeps its "How to fix" note.
 */
export function reportProblems(messages: readonly VFileMessage[], options: { color?: boolean } = {}): string {
  const files = new Map<string, VFile>();
  for (const message of messages) {
    const path = message.file || 'content';
    if (!files.has(path)) files.set(path, new VFile({ path }));
    files.get(path)!.messages.push(message);
  }
  const sorted = [...files.values()].sort((a, b) => a.path.localeCompare(b.path));
  return reporter(sorted, { verbose: true, color: options.color ?? false });
}

/** The error the build stops with: every problem at once. */
export class ContentProblems extends Error {
  readonly problems: readonly VFileMessage[];
  constructor(problems: readonly VFileMessage[]) {
    super(
      `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n\n${reportProblems(problems)}`,
    );
    this.name = 'ContentProblems';
    this.problems = problems;
  }
}
