import type { Point } from 'unist';
import { LineCounter, isMap, isNode, isScalar, parseDocument } from 'yaml';

/** The frontmatter of a Markdown file: its YAML, and the line it starts on. */
function yamlOf(source: string): { yaml: string; firstLine: number } {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
  return fm ? { yaml: fm[1]!, firstLine: 2 } : { yaml: source, firstLine: 1 };
}

/** The last files' YAML, parsed with line positions: a file's fields are placed one after another. */
const documents = new Map<
  string,
  { doc: ReturnType<typeof parseDocument>; lineCounter: LineCounter; firstLine: number }
>();

function parsed(source: string) {
  let found = documents.get(source);
  if (!found) {
    const { yaml, firstLine } = yamlOf(source);
    const lineCounter = new LineCounter();
    found = { doc: parseDocument(yaml, { lineCounter, keepSourceTokens: false }), lineCounter, firstLine };
    // A few files at a time are enough: the checks place one entry's fields together.
    if (documents.size >= 64) documents.delete(documents.keys().next().value!);
    documents.set(source, found);
  }
  return found;
}

/**
 * Where a field is in a YAML file or a Markdown file's frontmatter, so a problem can name
 * its line: `['said', 'date']`, `['sources', 2, 'url']`. A field that is missing is placed
 * at its nearest parent that exists (or the top of the file). With `key`, the place of the
 * field's name rather than its value (for a field that should not be there at all).
 */
export function placeOf(source: string, path: readonly (string | number)[], { key = false } = {}): Point {
  const { doc, lineCounter, firstLine } = parsed(source);
  const at = (offset: number): Point => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  if (key && path.length > 0) {
    const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
    const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && p.key.value === path.at(-1)) : undefined;
    if (pair && isScalar(pair.key) && pair.key.range) return at(pair.key.range[0]);
  }
  for (let n = path.length; n > 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return at(node.range[0]);
  }
  return { line: firstLine, column: 1 };
}

/**
 * An article's Markdown with its frontmatter blanked out rather than removed, so the line
 * numbers in problems are the line numbers an editor sees in the file.
 */
export function markdownBody(source: string): string {
  return source.replace(/^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/, (fm) => fm.replace(/[^\n]/g, ''));
}

/**
 * The line where a text field's own text starts: the key's line for a value on the same
 * line, the next line for a block scalar (`context: |`). Markdown inside the field is
 * numbered from there, so problems in it name the line in the YAML file.
 */
export function textStartLine(source: string, path: readonly (string | number)[]): number {
  const { line } = placeOf(source, path);
  const text = source.split(/\r?\n/)[line - 1] ?? '';
  return /:\s*[|>][-+0-9]*\s*(#.*)?$/.test(text) ? line + 1 : line;
}

/**
 * Move a problem found in a field's Markdown to the file's own line numbers. The place is
 * copied, not changed: it is often the tree's own position object, which other messages
 * may share.
 */
export function shiftLines<T extends { place?: unknown; line?: number | undefined }>(message: T, by: number): T {
  type Pos = { line: number; column?: number; offset?: number };
  const place = message.place as (Pos & { start?: undefined }) | { start: Pos; end: Pos } | undefined;
  if (place && 'start' in place && place.start && place.end) {
    message.place = {
      start: { ...place.start, line: place.start.line + by },
      end: { ...place.end, line: place.end.line + by },
    };
  } else if (place && typeof (place as Pos).line === 'number') {
    message.place = { ...(place as Pos), line: (place as Pos).line + by };
  }
  if (typeof message.line === 'number') message.line += by;
  return message;
}
