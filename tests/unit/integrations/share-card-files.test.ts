import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import shareCardFiles, { SHARE_CARDS_FILE } from '../../../src/integrations/share-card-files.ts';
import { cachedCardFile, shareCardKey, type ShareCard } from '../../../src/seo/share-card-image.ts';
import { SITE_NAME } from '../../../src/core/site.ts';

const quote: ShareCard = { kicker: 'Quote', title: '“Let’s do it”', meta: 'Donald Trump · annotated' };
const person: ShareCard = { kicker: 'Person', title: 'Tatiana Stanovaya', meta: 'Political analyst' };

/** The integration's hooks as Astro calls them: the config's `cacheDir`, then the built `dist/`. */
async function runBuildDone(dist: string, cacheDir: string) {
  const { hooks } = shareCardFiles();
  const logged: string[] = [];
  await hooks['astro:config:setup']!({
    config: { cacheDir: pathToFileURL(`${cacheDir}/`) },
    updateConfig: () => {},
  } as never);
  await hooks['astro:build:done']!({
    dir: pathToFileURL(`${dist}/`),
    logger: { info: (m: string) => logged.push(m) },
  } as never);
  return logged;
}

const pngSize = (file: string) => {
  const b = readFileSync(file);
  return { signature: b.subarray(1, 4).toString('ascii'), width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
};

describe('share cards written when the build is done', () => {
  it('copies the cards the cache has, draws the ones it lacks (once for pages that share one), and removes the list', async () => {
    const root = mkdtempSync(join(tmpdir(), 'share-card-files-'));
    const dist = join(root, 'dist');
    const cache = join(root, 'cache', 'share-cards');
    try {
      mkdirSync(dist, { recursive: true });
      mkdirSync(cache, { recursive: true });
      // A card already in the cache is copied as it is, not drawn again.
      const kept = Buffer.from('a card drawn by an earlier build');
      writeFileSync(cachedCardFile(cache, shareCardKey(person, SITE_NAME)), kept);
      writeFileSync(
        join(dist, SHARE_CARDS_FILE),
        JSON.stringify([
          ['/og/glossary/tatiana-stanovaya.png', person],
          ['/og/quotes/trump-lets-do-it.png', quote],
          ['/og/quotes/trump-lets-do-it-copy.png', quote],
        ]),
      );
      const logged = await runBuildDone(dist, join(root, 'cache'));
      expect(readFileSync(join(dist, 'og/glossary/tatiana-stanovaya.png'))).toEqual(kept);
      const drawn = join(dist, 'og/quotes/trump-lets-do-it.png');
      expect(pngSize(drawn)).toEqual({ signature: 'PNG', width: 1200, height: 630 });
      expect(readFileSync(join(dist, 'og/quotes/trump-lets-do-it-copy.png'))).toEqual(readFileSync(drawn));
      expect(readFileSync(cachedCardFile(cache, shareCardKey(quote, SITE_NAME)))).toEqual(readFileSync(drawn));
      expect(existsSync(join(dist, SHARE_CARDS_FILE))).toBe(false);
      expect(logged).toEqual([
        'wrote 3 share cards (1 drawn, the rest from the cache; 3 copied, the rest already in place)',
      ]);
      // The next build into the same folder finds every card in place: none is copied again.
      writeFileSync(join(dist, SHARE_CARDS_FILE), JSON.stringify([['/og/glossary/tatiana-stanovaya.png', person]]));
      expect(await runBuildDone(dist, join(root, 'cache'))).toEqual([
        'wrote 1 share cards (0 drawn, the rest from the cache; 0 copied, the rest already in place)',
      ]);
      expect(readFileSync(join(dist, 'og/glossary/tatiana-stanovaya.png'))).toEqual(kept);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('fails the build when a card cannot be drawn', async () => {
    const root = mkdtempSync(join(tmpdir(), 'share-card-files-'));
    try {
      mkdirSync(join(root, 'dist'));
      writeFileSync(join(root, 'dist', SHARE_CARDS_FILE), JSON.stringify([['/og/index.png', quote]]));
      // The cache folder's place is taken by a file, so the drawing process cannot write there.
      writeFileSync(join(root, 'share-cards'), 'not a folder');
      await expect(runBuildDone(join(root, 'dist'), root)).rejects.toThrow('drawing share cards failed (exit code 1)');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('names a card by what it shows: another title or site name is another card', () => {
    expect(shareCardKey(quote, SITE_NAME)).toBe(shareCardKey({ ...quote }, SITE_NAME));
    expect(shareCardKey({ ...quote, title: '“Let’s do it!”' }, SITE_NAME)).not.toBe(shareCardKey(quote, SITE_NAME));
    expect(shareCardKey(quote, 'Another site')).not.toBe(shareCardKey(quote, SITE_NAME));
  });
});
