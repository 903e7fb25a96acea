import { diffWordsWithSpace } from 'diff';

/** A run of words that stayed, went or came. */
export interface DiffPart {
  text: string;
  change?: 'removed' | 'added';
}

/**
 * What changed between two texts, word by word (jsdiff's word diff, spaces kept), as runs
 * of kept, removed and added words in reading order: removed before added where a run was
 * replaced.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  // The same two texts are compared more than once (an entry's history and its markers; an
  // archive's entries that share a correction): jsdiff is the costly step, so once.
  const key = `${before}\u0000${after}`;
  let parts = diffs.get(key);
  if (!parts) {
    parts = diffWordsWithSpace(before, after).map((p) =>
      p.added
        ? { text: p.value, change: 'added' }
        : p.removed
          ? { text: p.value, change: 'removed' }
          : { text: p.value },
    );
    diffs.set(key, parts);
  }
  return parts;
}

const diffs = new Map<string, DiffPart[]>();

/**
 * Changes separated only by spaces, as one removed run and one added run (“Reports differ”
 * → “The meeting was”), rather than word by word in turns: easier to read, and a list of
 * many corrections half the size.
 */
export function joinChanges(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = '';
  let added = '';
  let gap = '';
  const flush = () => {
    if (removed) out.push({ text: removed, change: 'removed' });
    if (added) out.push({ text: added, change: 'added' });
    if (gap) out.push({ text: gap });
    removed = added = gap = '';
  };
  for (const p of parts) {
    if (p.change) {
      // A space between two changes goes into the runs it separates.
      if (removed) removed += gap;
      if (added) added += gap;
      gap = '';
      if (p.change === 'removed') removed += p.text;
      else added += p.text;
    } else if ((removed || added) && !p.text.trim()) gap += p.text;
    else {
      flush();
      out.push(p);
    }
  }
  flush();
  return out;
}

/**
 * A diff shortened for a list of many corrections: changes joined into runs (joinChanges),
 * long kept runs cut down to a few words either side of each change (`…` where words are
 * left out), so what changed stands out.
 */
export function compactDiff(diff: readonly DiffPart[], keep = 8): DiffPart[] {
  const parts = joinChanges(diff);
  return parts.map((p, i) => {
    if (p.change) return p;
    const words = p.text.split(/(\s+)/);
    const count = words.filter((w) => w.trim()).length;
    if (count <= keep * 2) return p;
    const head = i > 0 ? takeWords(words, keep) : '';
    const tail = i < parts.length - 1 ? takeWords([...words].reverse(), keep, true) : '';
    return { text: `${head}${head || tail ? '… ' : ''}${tail}`.replace(/^… /, i === 0 ? '…' : '… ') };
  });
}

/** The first `n` words of a list split on spaces (reversed: the last `n`, in reading order). */
function takeWords(tokens: string[], n: number, reversed = false): string {
  const out: string[] = [];
  let seen = 0;
  for (const t of tokens) {
    if (t.trim()) seen += 1;
    if (seen > n) break;
    out.push(t);
  }
  return reversed ? out.reverse().join('') : out.join('');
}

/**
 * The stretches of the new text that a change added, as [start, end) offsets: where a
 * marker goes to say these words were corrected. Stretches separated only by space or a
 * few kept words are one.
 */
export function addedStretches(parts: readonly DiffPart[], join = 3): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  let gap = Infinity;
  for (const p of parts) {
    if (p.change === 'removed') continue;
    if (p.change === 'added') {
      const last = out.at(-1);
      if (last && gap <= join) last[1] = at + p.text.length;
      else out.push([at, at + p.text.length]);
      gap = 0;
    } else {
      gap = p.text.split(/\s+/).filter(Boolean).length;
    }
    at += p.text.length;
  }
  // A stretch starts at its first word and ends at its last, not at a space around them.
  const text = partsText(parts);
  return out.map(([s, e]) => {
    let start = s;
    let end = e;
    while (start < end && /\s/.test(text[start] ?? '')) start += 1;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
    return [start, end];
  });
}

const partsText = (parts: readonly DiffPart[]) =>
  parts
    .filter((p) => p.change !== 'removed')
    .map((p) => p.text)
    .join('');
