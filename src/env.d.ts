/// <reference types="astro/client" />

interface ImportMetaEnv {
  /** The share-card cache folder, inside Astro's `cacheDir` (src/integrations/share-card-files.ts). */
  readonly SHARE_CARD_CACHE?: string;
  /** The site data's render cache, as JSON `{ file, version }` (src/integrations/site-data-cache.ts). */
  readonly SITE_DATA_CACHE?: string;
}
