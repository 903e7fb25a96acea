import { createServer, type Server, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from './browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Serve the built site from `dist/` on a free loopback port for the whole run of the site tests, the
 * way a static host would (404.html for unknown paths). `npm test` builds first.
 */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  const serve = sirv('dist', { dev: false, etag: true });
  const server: Server = createServer((req, res) => serve(req, res, () => notFound(res)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}`);
  // One browser for the whole run; each test file connects to it (tests/helpers/browser.ts).
  const browser = await launchBrowserServer();
  process.env.E2E_BROWSER_WS = browser.wsEndpoint();
  return async () => {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}

async function notFound(res: ServerResponse) {
  const { readFile } = await import('node:fs/promises');
  res.statusCode = 404;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.end(await readFile('dist/404.html'));
}
