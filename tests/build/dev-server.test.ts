import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `npm run dev`, as an editor uses it: the files the build writes when it is done (the
 * citation files and share cards, src/integrations/) are served by routes there instead,
 * at the same addresses and with the same bytes as the built site's.
 */

const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

let dev: ChildProcess;
let origin = '';
let cacheDir = '';

beforeAll(async () => {
  expect(existsSync('dist/index.html'), 'run `npm run build` first (npm test does)').toBe(true);
  // A cache folder of its own, starting with the real build's cards (named by their content).
  cacheDir = mkdtempSync(join(tmpdir(), 'dev-cache-'));
  cpSync('node_modules/.astro/share-cards', join(cacheDir, 'share-cards'), { recursive: true });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // Not Vitest's own variables: with VITEST set, Astro's dev server serves no pages at all
  // (node_modules/astro/dist/vite-plugin-astro-server/plugin.js).
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(VITEST|VITE_|BASE_URL$|MODE$|DEV$|PROD$|SSR$|NODE_ENV$|TEST$)/.test(k),
    ),
  );
  dev = spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...env, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  dev.stdout!.on('data', (chunk) => (output += chunk));
  dev.stderr!.on('data', (chunk) => (output += chunk));
  for (let tries = 0; ; tries++) {
    const up = await fetch(`${origin}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (tries > 160) throw new Error(`astro dev did not start in 40 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
});

afterAll(() => {
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
  if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
});

describe('astro dev serves what the build writes after it is done', () => {
  it.each([
    ['/quotes/trump-best-friends/citation.bib', 'application/x-bibtex; charset=utf-8'],
    ['/quotes/trump-best-friends/citation.ris', 'application/x-research-info-systems; charset=utf-8'],
    ['/articles/putin-zelensky-meeting/citation.json', 'application/vnd.citationstyles.csl+json; charset=utf-8'],
    ['/og/quotes/trump-best-friends.png', 'image/png'],
  ])('%s, as the built file', async (path, type) => {
    const response = await fetch(`${origin}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(readFileSync(join('dist', path)));
  });
});
