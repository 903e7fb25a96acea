/** A stretch of text in its surroundings, for lists of mentions. */
export interface Snippet {
  before: string;
  match: string;
  after: string;
}

/** About `words` words either side of [start, end) of a block's printed text. */
export function snippetOf(text: string, start: number, end: number, words = 9): Snippet {
  const before = text.slice(0, start).split(' ');
  const after = text.slice(end).split(' ');
  return {
    before: `${before.length > words ? '…' : ''}${before.slice(-words).join(' ')}`,
    match: text.slice(start, end),
    after: `${after.slice(0, words).join(' ')}${after.length > words ? '…' : ''}`,
  };
}
