import type { AstroIntegration } from 'astro';
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedCardFile, shareCardKey, type ShareCard } from '../seo/share-card-image.ts';
import { SITE_NAME } from '../core/site.ts';
import { count } from '../core/build-counts.ts';
import type { DrawingJob } from './draw-share-cards.ts';
import { CopyLog } from './copy-once.ts';

/** Where the build leaves the share cards to write (see src/pages/share-cards.json.ts). */
export const SHARE_CARDS_FILE = 'share-cards.json';

/**
 * Share cards are kept in Astro's cache folder (`cacheDir`), named by a digest of what
 * shapes them, so a rebuild draws only the cards whose page changed, and a build with a
 * cache folder of its own (fixtures, the benchmark) never shares cards by accident.
 *
 * When the build is done, every card is copied from that cache into `dist/`, and the ones
 * it lacks are drawn first, by child processes. As routes, one per page, cards paid
 * Astro's own cost per route and a copy of each PNG through a `Response`: at 1,000 added
 * articles, 15,083 routes and 23.5 s of route time with every card cached (49 s with 1,083
 * to draw). `astro dev` serves the same cards from
 * src/pages/og/[...card].png.ts, which reads the same cache.
 */
export default function shareCardFiles(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'site-share-card-files',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        cacheDir = `${fileURLToPath(config.cacheDir)}share-cards`;
        updateConfig({ vite: { define: { 'import.meta.env.SHARE_CARD_CACHE': JSON.stringify(cacheDir) } } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const list = join(out, SHARE_CARDS_FILE);
        const cards = (JSON.parse(readFileSync(list, 'utf8')) as [path: string, card: ShareCard][]).map(
          ([path, card]) => ({ path, card, key: shareCardKey(card, SITE_NAME) }),
        );
        // Pages with the same card share one drawing.
        const missing = [...new Map(cards.map((c) => [c.key, c.card])).entries()]
          .filter(([key]) => !existsSync(cachedCardFile(cacheDir, key)))
          .map(([, card]) => card);
        const drawn = await drawCards(missing, cacheDir);
        // A card the last build copied into this folder is not copied again (copy-once.ts).
        const copies = new CopyLog(join(cacheDir, 'copied.json'), out);
        for (const { path, key } of cards) {
          const file = join(out, path);
          mkdirSync(dirname(file), { recursive: true });
          copies.copy(cachedCardFile(cacheDir, key), file, key);
        }
        copies.save();
        rmSync(list);
        count('share cards rendered', missing.length);
        count('share cards rendered: ms', drawn.ms);
        count('share cards from the cache', cards.length - missing.length);
        logger.info(
          `wrote ${cards.length} share cards (${missing.length} drawn, the rest from the cache; ${copies.copied} copied, the rest already in place)`,
        );
      },
    },
  };
}

/**
 * Draw the cards into the cache, split among up to one child process per core. Resolves
 * with the drawing time summed over the processes (the time one core would take), and
 * fails the build if a process does.
 */
async function drawCards(cards: ShareCard[], cacheDir: string): Promise<{ ms: number }> {
  if (cards.length === 0) return { ms: 0 };
  const processes = Math.max(1, Math.min(availableParallelism(), Math.ceil(cards.length / 20)));
  const jobs = mkdtempSync(join(tmpdir(), 'share-cards-'));
  const script = fileURLToPath(new URL('./draw-share-cards.ts', import.meta.url));
  try {
    const reports = await Promise.all(
      Array.from({ length: processes }, (_, i) => {
        const file = join(jobs, `${i}.json`);
        const job: DrawingJob = { cacheDir, siteName: SITE_NAME, cards: cards.filter((_, n) => n % processes === i) };
        writeFileSync(file, JSON.stringify(job));
        return new Promise<{ ms: number }>((done, fail) => {
          let report: { ms: number } | undefined;
          // The script is TypeScript: Node strips its types (by default from Node 22.18 on).
          const execArgv = (process.features as { typescript?: unknown }).typescript
            ? []
            : ['--experimental-strip-types'];
          fork(script, [file], { stdio: 'inherit', execArgv })
            .on('message', (m: { ms: number }) => (report = m))
            .on('error', fail)
            // 'close', not 'exit': by then the process's last message has been delivered.
            .on('close', (code) =>
              code === 0 && report ? done(report) : fail(new Error(`drawing share cards failed (exit code ${code})`)),
            );
        });
      }),
    );
    return { ms: reports.reduce((sum, r) => sum + r.ms, 0) };
  } finally {
    rmSync(jobs, { recursive: true, force: true });
  }
}
