import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildInto, newCacheDir, newOutDir, startBuild } from '../helpers/build-fixture.ts';
import { SOURCE_ARTICLE, syntheticContent } from '../../scripts/bench/synthetic-content.ts';
import { digests } from '../helpers/digests.ts';

/**
 * A rebuild skips the pages of quotes and articles whose cache key is unchanged
 * (src/site/page-keys.ts). The oracle: two articles (the real one and a copy with copies of its quotes) built
 * once, then one quote of the copy edited as an editor would (its note and its place) and
 * built again over that output with that cache. Every file must equal a full build of the
 * edited content, and the real article's pages and its quotes' must be the ones skipped: a
 * key that missed something those pages show would leave them stale, and fail here.
 */
const EDITED = 'lavrov-utmost-care-copy-1';

let content: string;
let outDir: string;
let cacheDir: string;
let full: Awaited<ReturnType<typeof startBuild>['finished']> & { outDir: string };
let rebuild: ReturnType<typeof buildInto>;
let firstOutput: string;
let edited: string;

beforeAll(async () => {
  content = syntheticContent(1);
  outDir = newOutDir();
  cacheDir = newCacheDir();
  const first = startBuild(content, {}, { outDir, cacheDir });
  const firstResult = await first.finished;
  firstOutput = firstResult.output;
  expect(firstResult.status, firstResult.output).toBe(0);

  const file = join(content, 'quotes', `${EDITED}.yaml`);
  const text = readFileSync(file, 'utf8');
  edited = text
    .replace(/^annotation: \|\n {2}/m, '$&Edited for the rebuild. ')
    .replace(/^(\s+where: ).*$/m, '$1Moscow');
  expect(edited).not.toBe(text);
  writeFileSync(file, edited);

  // The full build of the edited content runs while the rebuild does.
  const fresh = startBuild(content);
  rebuild = buildInto(content, {}, { outDir, cacheDir });
  full = { ...(await fresh.finished), outDir: fresh.outDir };
}, 240_000);

afterAll(() => {
  for (const dir of [content, outDir, cacheDir, full?.outDir]) if (dir) rmSync(dir, { recursive: true, force: true });
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

  it('renders the edited quote’s article’s pages and its quotes’ again, and skips the other article’s', () => {
    expect(skipped(firstOutput), 'a first build has nothing to skip').toEqual([]);
    const reused = skipped(rebuild.output);
    const realQuotes = readdirSync(join(content, 'quotes'))
      .filter((f) => f.endsWith('.yaml') && !f.includes('-copy-'))
      .map((f) => `/quotes/${f.replace(/\.yaml$/, '')}`);
    // The real article, each of its quotes, and their editions; none of the copy's pages.
    const real = [`/articles/${SOURCE_ARTICLE}`, ...realQuotes];
    for (const page of real) expect(reused).toContain(page);
    expect(reused.every((page) => real.some((p) => page === p || page.startsWith(`${p}/editions/`)))).toBe(true);
    expect(reused.some((page) => page.includes('-copy-'))).toBe(false);
    // The edit shows on the rebuilt page.
    expect(readFileSync(join(rebuild.outDir, 'quotes', EDITED, 'index.html'), 'utf8')).toContain(
      'Edited for the rebuild.',
    );
  });
});
