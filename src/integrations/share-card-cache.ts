import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/**
 * Tell the share-card renderer where Astro keeps its cache (`cacheDir` in the Astro
 * config), so cards are cached where everything else Astro caches lives, and a build
 * with a cache folder of its own (fixtures, the benchmark) never shares cards by accident.
 */
export default function shareCardCache(): AstroIntegration {
  return {
    name: 'site-share-card-cache',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const dir = `${fileURLToPath(config.cacheDir)}share-cards`;
        updateConfig({ vite: { define: { 'import.meta.env.SHARE_CARD_CACHE': JSON.stringify(dir) } } });
      },
    },
  };
}
