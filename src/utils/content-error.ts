/**
 * A problem in the site's content. The message always names the file, the entry and the
 * fix, because an editor reads it in a failed build log, far from the code that threw it.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly entry: string;
  readonly fix: string;

  constructor(details: { file: string; entry: string; problem: string; fix: string }) {
    super(`${details.file} → ${details.entry}: ${details.problem}\n  How to fix: ${details.fix}`);
    this.name = 'ContentError';
    this.file = details.file;
    this.entry = details.entry;
    this.fix = details.fix;
  }
}
