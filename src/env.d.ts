/// <reference types="astro/client" />

interface ImportMetaEnv {
  /** The share-card cache folder, inside Astro's `cacheDir` (src/integrations/share-card-files.ts). */
  readonly SHARE_CARD_CACHE?: string;
}
