import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import siteDataCache from '../../../src/integrations/site-data-cache.ts';

/** What the integration tells the build, for a command and a base path. */
function setting(command: 'build' | 'dev', base: string): { file: string; version: string } | undefined {
  const defines: Record<string, string>[] = [];
  const hook = siteDataCache().hooks['astro:config:setup'] as unknown as (options: unknown) => void;
  hook({
    command,
    config: {
      root: pathToFileURL(`${process.cwd()}/`),
      cacheDir: pathToFileURL(`${process.cwd()}/node_modules/.astro/`),
      base,
      site: 'https://example.org',
      trailingSlash: 'always',
      build: { format: 'directory' },
    },
    updateConfig: (config: { vite: { define: Record<string, string> } }) => defines.push(config.vite.define),
  });
  const json = defines[0]?.['import.meta.env.SITE_DATA_CACHE'];
  return json === undefined ? undefined : (JSON.parse(JSON.parse(json) as string) as { file: string; version: string });
}

describe('where the site data’s render cache lives', () => {
  it('is a file in Astro’s cache folder, for builds only', () => {
    expect(setting('build', '/')?.file).toBe(`${process.cwd()}/node_modules/.astro/site-data.v8`);
    expect(setting('dev', '/')).toBeUndefined();
  });

  it('is versioned by the settings too: a build under another base path renders every note again', () => {
    // The base path comes from BASE_PATH, not the config file: notes' links carry it.
    expect(setting('build', '/annotated/')?.version).not.toBe(setting('build', '/')?.version);
    expect(setting('build', '/')?.version).toBe(setting('build', '/')?.version);
  });
});
