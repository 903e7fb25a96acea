import { createServer, type Server } from 'node:http';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

/** Text files a static host would send compressed. Pagefind's own files are compressed already. */
const COMPRESSIBLE = /\.(html|css|m?js|json|svg|xml|txt|webmanifest)$/;

/**
 * Write a `.gz` beside every compressible file, so sirv sends gzip as any static host
 * does: Lighthouse then sees the transfer sizes readers get. Only for the bench's own
 * temporary build folder; `only` picks the files (paths relative to it) where not all are needed.
 */
export function precompress(dir: string, only: (name: string) => boolean = () => true) {
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = join(dir, name);
    if (COMPRESSIBLE.test(name) && only(name) && statSync(file).isFile())
      writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
  }
}

export interface Served {
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serve a built folder at the root of http://127.0.0.1:<free port>/ like a static host:
 * gzip, long caching for Astro's hashed assets, and 404.html with status 404 for
 * unknown addresses.
 */
export async function serve(dir: string): Promise<Served> {
  const notFound = readFileSync(join(dir, '404.html'));
  const files = sirv(dir, {
    gzip: true,
    etag: true,
    setHeaders: (res, pathname) => {
      if (pathname.startsWith('/_astro/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
    onNoMatch: (_req, res) => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(notFound);
    },
  });
  const server: Server = createServer((req, res) => files(req, res));
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}
