import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { codeVersion } from '../site/render-cache.ts';

/**
 * Tells the site's data where its render cache lives (src/site/render-cache.ts): a file in
 * Astro's cache folder, for builds only, with the digest of the code that builds it. In
 * `astro dev` the code changes under a running server, so its digest would go stale: dev
 * renders everything, as before.
 */
export default function siteDataCache(): AstroIntegration {
  return {
    name: 'site-data-cache',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const cache = {
          file: `${fileURLToPath(config.cacheDir)}site-data.v8`,
          version: codeVersion(fileURLToPath(config.root), [
            config.base,
            String(config.site ?? ''),
            config.trailingSlash,
            config.build.format,
          ]),
        };
        updateConfig({
          vite: { define: { 'import.meta.env.SITE_DATA_CACHE': JSON.stringify(JSON.stringify(cache)) } },
        });
      },
    },
  };
}
