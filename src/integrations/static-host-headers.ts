import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../http/headers-file.ts';
import { normalizeBase } from '../core/urls.ts';

/**
 * Write `_headers` into the build: the security and caching headers in the format that
 * Cloudflare Pages and Netlify read, from the same source as the nginx configuration.
 */
export default function staticHostHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'site-static-host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(`${fileURLToPath(dir)}/_headers`, headersFile(base));
      },
    },
  };
}
