import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nginxServer } from '../../src/http/nginx-config.ts';

import { BROTLI_MODULE, installCommand, NGINX_PATH as NGINX } from '../../scripts/system-deps.ts';

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Wait until something listens on the port. */
async function listening(port: number, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const ok = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nginx did not start listening on port ${port}`);
}

/**
 * Start Debian's nginx with the site's own generated configuration (the server block
 * operators deploy, wrapped in a minimal main config) serving `dist` under `base`, on a
 * free loopback port. Returns the origin and a way to stop it.
 */
export async function startNginx(
  dist: string,
  base: string,
): Promise<{ origin: string; stop: () => void; config: string }> {
  if (!existsSync(NGINX))
    throw new Error(
      `nginx not found at ${NGINX}: run \`${installCommand(['nginx', 'libnginx-mod-http-brotli-filter'])}\` or set NGINX_PATH.`,
    );
  if (!existsSync(BROTLI_MODULE))
    throw new Error(
      `nginx's brotli module is missing (${BROTLI_MODULE}): run \`${installCommand(['libnginx-mod-http-brotli-filter'])}\`.`,
    );
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  const root = join(prefix, 'root');
  spawnSync('mkdir', ['-p', root]);
  // The layout the configuration documents: dist/ at <root><base>.
  symlinkSync(dist, join(root, base.replace(/^\/|\/$/g, '')));
  // Workers run as an unprivileged user: let them read the build.
  for (const dir of [prefix, root]) chmodSync(dir, 0o755);
  spawnSync('chmod', ['-R', 'a+rX', dist]);
  // Started by root, nginx's workers switch to `nobody`, who may still not pass through the
  // folders above the build (a clone in a `mktemp -d` folder is private to root): in this
  // test server only, they stay root. (Started by anyone else, they run as that user.)
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  const port = await freePort();
  const server = nginxServer({ base, root, listen: `127.0.0.1:${port}`, brotli: true });
  const config = join(prefix, 'nginx.conf');
  writeFileSync(
    config,
    `load_module ${BROTLI_MODULE};
${user}daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  types { application/wasm wasm; application/rss+xml xml; }
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/tmp;
  proxy_temp_path ${prefix}/tmp;
  fastcgi_temp_path ${prefix}/tmp;
  uwsgi_temp_path ${prefix}/tmp;
  scgi_temp_path ${prefix}/tmp;
${server.replace(/^/gm, '  ')}
}
`,
  );
  spawnSync('mkdir', ['-p', join(prefix, 'tmp')]);
  const test = spawnSync(NGINX, ['-t', '-c', config, '-p', prefix], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx rejected the configuration:\n${test.stderr}`);
  const child: ChildProcess = spawn(NGINX, ['-c', config, '-p', prefix], { stdio: 'ignore' });
  await listening(port);
  return {
    origin: `http://127.0.0.1:${port}`,
    config: server,
    stop: () => {
      child.kill('SIGQUIT');
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
