import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';

/**
 * A problem in the site's content, as a vfile message: it names the file, the entry and a
 * line where known, says what is wrong, and (in `note`) how to fix it. Problems are
 * collected, never thrown, so one build reports every mistake an editor made, the way a
 * compiler does; only the Astro boundary fails, once (src/site/site-data.ts).
 */
export interface ProblemInit {
  /** A short id for the rule, such as `quote-not-found` (remark-lint's `ruleId`). */
  rule: string;
  /** The content file at fault, when it is not the file being processed. */
  file?: string;
  /** The entry or block: a quote id, a glossary id, a paragraph id. */
  entry: string;
  /** What is wrong. */
  reason: string;
  /** What an editor should do about it. */
  fix: string;
  /** Where in the file, when known. */
  place?: Point | Position;
  /** A related message, e.g. where a duplicated name was first used. */
  cause?: Error;
}

function fill(message: VFileMessage, init: ProblemInit): VFileMessage {
  message.fatal = true;
  message.note = `How to fix: ${init.fix}`;
  if (init.file) message.file = init.file;
  return message;
}

/** Record a problem on the file being processed (a unified plugin's `file`), and go on. */
export function addProblem(file: VFile, init: ProblemInit): VFileMessage {
  return fill(
    file.message(`${init.entry}: ${init.reason}`, {
      place: init.place,
      ruleId: init.rule,
      source: 'content',
      cause: init.cause,
    }),
    init,
  );
}

/** A problem found by a check across entries, for the content file `init.file`. */
export function problem(init: ProblemInit & { file: string }): VFileMessage {
  return fill(
    new VFileMessage(`${init.entry}: ${init.reason}`, {
      place: init.place,
      ruleId: init.rule,
      source: 'content',
      cause: init.cause,
    }),
    init,
  );
}
