import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildInto, contentWith, newCacheDir, newOutDir, startBuild } from '../helpers/build-fixture.ts';
import { digests } from '../helpers/digests.ts';

/**
 * A rebuild skips the pages of quotes and articles whose cache key is unchanged
 * (src/site/page-keys.ts). The oracle: the real content with a short second article and
 * its one quote (tests/fixtures/short-story/), built once; then that quote edited as an
 * editor would (its note and its place) and built again over that output with that
 * cache. Every file must equal a full build of the edited content, made meanwhile, and
 * the real article's pages and its quotes' must be the ones skipped: a key that missed
 * something those pages show would leave them stale, and fail here.
 */
const EDITED = 'short-story-charap';
const fixture = (name: string) => readFileSync(join('tests/fixtures/short-story', name), 'utf8');
const added = {
  'articles/short-story.md': fixture('short-story.md'),
  [`quotes/${EDITED}.yaml`]: fixture(`${EDITED}.yaml`),
};
const edits: [string, string][] = [
  ['^annotation: \\|\\n {2}', '$&Edited for the rebuild. '],
  ['^( {2}where: ).*$', '$1Moscow'],
];

let before: string;
let after: string;
let outDir: string;
let cacheDir: string;
let full: Awaited<ReturnType<typeof startBuild>['finished']> & { outDir: string };
let rebuild: ReturnType<typeof buildInto>;
let firstOutput: string;

beforeAll(async () => {
  before = contentWith({ add: added });
  after = contentWith({ add: added });
  const file = join(after, 'quotes', `${EDITED}.yaml`);
  let text = readFileSync(file, 'utf8');
  for (const [find, replace] of edits) text = text.replace(new RegExp(find, 'm'), replace);
  expect(text).toContain('Edited for the rebuild.');
  writeFileSync(file, text);

  // The first build and the full build of the edited content run at once; then the rebuild.
  outDir = newOutDir();
  cacheDir = newCacheDir();
  const first = startBuild(before, {}, { outDir, cacheDir });
  const fresh = startBuild(after);
  const firstResult = await first.finished;
  firstOutput = firstResult.output;
  expect(firstResult.status, firstResult.output).toBe(0);
  rebuild = buildInto(after, {}, { outDir, cacheDir });
  full = { ...(await fresh.finished), outDir: fresh.outDir };
}, 240_000);

afterAll(() => {
  for (const dir of [before, after, outDir, cacheDir, full?.outDir])
    if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The pages a build's log says it took from the last build rather than rendering. */
const skipped = (output: string) =>
  output
    .split('\n')
    .filter((line) => /\((cached|restored)\)\s*$/.test(line))
    .map((line) => /(\/\S+)\/index\.html/.exec(line)?.[1] ?? line);

describe('an incremental rebuild after one edited quote', () => {
  it('writes exactly what a full build of the edited content writes', () => {
    expect(rebuild.status, rebuild.output).toBe(0);
    expect(full.status, full.output).toBe(0);
    expect(digests(rebuild.outDir)).toEqual(digests(full.outDir));
  });

  it('renders the edited quote’s article’s pages and its quotes’ again, and skips the real article’s', () => {
    expect(skipped(firstOutput), 'a first build has nothing to skip').toEqual([]);
    const reused = skipped(rebuild.output);
    const realQuotes = readdirSync('content/quotes')
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => `/quotes/${f.replace(/\.yaml$/, '')}`);
    // The real article, each of its quotes, and their editions; none of the short story's pages.
    const real = ['/articles/putin-zelensky-meeting', ...realQuotes];
    for (const page of real) expect(reused).toContain(page);
    expect(reused.every((page) => real.some((p) => page === p || page.startsWith(`${p}/editions/`)))).toBe(true);
    // The edit shows on the rebuilt page.
    expect(readFileSync(join(rebuild.outDir, 'quotes', EDITED, 'index.html'), 'utf8')).toContain(
      'Edited for the rebuild.',
    );
  });
});
