// @ts-check
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  // Canonical URLs and share cards need an absolute address; set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://putin-zelensky.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The article pipeline is ours (src/utils/render-article.ts); no client JS by default.
  devToolbar: { enabled: false },
  integrations: [pagefind()],
  // Builds of other content folders (fixtures, the scale benchmark) keep their own cache,
  // so they neither reuse nor clear the content store of the real build.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});
