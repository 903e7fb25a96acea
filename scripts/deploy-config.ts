/**
 * Write the nginx configuration for the site: `npm run deploy:config` writes the committed
 * deploy/nginx/putin-zelensky.conf (base /, root /srv/putin-zelensky, port 80); options
 * make another: `npm run deploy:config -- --base /annotated/ --root /var/www --listen 8080 --out my.conf`.
 * `npm test` checks the committed file is what the generator makes, so it never drifts
 * from the headers the build uses.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_NGINX, nginxServer } from '../src/http/nginx-config.ts';

export const COMMITTED = 'deploy/nginx/putin-zelensky.conf';

if (process.argv[1]?.endsWith('deploy-config.ts')) {
  const { values } = parseArgs({
    options: {
      base: { type: 'string' },
      root: { type: 'string' },
      listen: { type: 'string' },
      'server-name': { type: 'string' },
      'no-brotli': { type: 'boolean' },
      out: { type: 'string' },
    },
  });
  const config = nginxServer({
    base: values.base ?? DEFAULT_NGINX.base,
    root: values.root ?? DEFAULT_NGINX.root,
    listen: values.listen ?? DEFAULT_NGINX.listen,
    serverName: values['server-name'] ?? DEFAULT_NGINX.serverName,
    brotli: !values['no-brotli'],
  });
  const out = values.out ?? COMMITTED;
  writeFileSync(out, config);
  console.log(`wrote ${out}`);
}
