import { existsSync, readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import type { VFileMessage } from 'vfile-message';
import { problem } from '../problems/problem.ts';
import { issueProblem } from '../problems/schema-issues.ts';
import { movedSchema, type MovedLinks } from '../schemas/moved.ts';

export type { MovedLinks };

/** No page or fragment has moved. */
export const NOTHING_MOVED: MovedLinks = { pages: {}, fragments: {} };

/** The file that lists moved pages and fragment ids, in a content folder. */
export const movedFile = (contentDir: string) => `${contentDir}/moved.yaml`;

/**
 * Read and check `<content>/moved.yaml` (an absent file means nothing moved). Problems are
 * reported like every content problem, with the file, the line and the fix.
 */
export function readMovedLinks(contentDir = process.env.CONTENT_DIR ?? './content'): {
  moved: MovedLinks;
  problems: VFileMessage[];
} {
  const path = movedFile(contentDir);
  if (!existsSync(path)) return { moved: NOTHING_MOVED, problems: [] };
  const source = readFileSync(path, 'utf8');
  const file = path.replace(/^\.\//, '');
  const lines = new LineCounter();
  const doc = parseDocument(source, { prettyErrors: false, lineCounter: lines });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e) =>
      problem({
        rule: 'yaml',
        file,
        entry: 'moved.yaml',
        reason: `the file is not valid YAML: ${e.message.split('\n')[0]}`,
        fix: 'see “Links that last” in README.md for the format.',
        place: { line: lines.linePos(e.pos[0]).line, column: lines.linePos(e.pos[0]).col },
      }),
    );
    return { moved: NOTHING_MOVED, problems };
  }
  const data: unknown = doc.toJS() ?? {};
  const result = movedSchema.safeParse(data);
  if (result.success) return { moved: result.data, problems: [] };
  return {
    moved: NOTHING_MOVED,
    problems: result.error.issues.map((issue) => issueProblem({ file, id: 'moved.yaml', data, source }, issue)),
  };
}
