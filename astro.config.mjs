// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  // Canonical URLs and share cards need an absolute address; set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://putin-zelensky.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The article pipeline is ours (src/utils/render-article.ts); no client JS by default.
  devToolbar: { enabled: false },
});
