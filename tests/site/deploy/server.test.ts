import { describe, expect, inject, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_NGINX, nginxServer } from '../../../src/http/nginx-config.ts';
import { contentSecurityPolicy, CACHE_CONTROL } from '../../../src/http/headers.ts';
import { headersFile } from '../../../src/http/headers-file.ts';
import { COMMITTED } from '../../../scripts/deploy-config.ts';
import { whenSiteBuilt } from '../../helpers/deploy-build.ts';

/**
 * The shipped nginx configuration, running: the headers a page cannot set itself, caching
 * that fits the build, compression, 404s and trailing slashes, under a sub-path.
 */
whenSiteBuilt();
const site = inject('siteUrl');
const base = inject('siteBase');
const origin = new URL(site).origin;
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${origin}${path}`, { headers, redirect: 'manual' });

/** The first file in the build under a folder, as a path under the base. */
function first(folder: string, pattern: RegExp): string {
  const name = readdirSync(join(inject('siteDist'), folder)).find((f) => pattern.test(f));
  if (!name) throw new Error(`no ${pattern} in ${folder}`);
  return `${base}${folder}/${name}`;
}

describe('headers', () => {
  it('an HTML page carries the CSP (with frame-ancestors), the other security headers, and is revalidated', async () => {
    const res = await get(`${base}articles/putin-zelensky-meeting/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('permissions-policy')).toMatch(/camera=\(\).*clipboard-read=\(\)/);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('cache-control')).toBe(CACHE_CONTROL.revalidate);
  });

  it('hashed assets and Pagefind’s index chunks are immutable for a year; Pagefind’s entry files are revalidated', async () => {
    const asset = await get(first('_astro', /\.css$/));
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe(CACHE_CONTROL.immutable);
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
    const chunk = await get(first('pagefind/fragment', /\.pf_fragment$/));
    expect(chunk.headers.get('cache-control')).toBe(CACHE_CONTROL.immutable);
    const entry = await get(`${base}pagefind/pagefind-entry.json`);
    expect(entry.status).toBe(200);
    expect(entry.headers.get('cache-control')).toBe(CACHE_CONTROL.revalidate);
  });
});

describe('the files others reuse', () => {
  it('are served as their types, with the site’s headers: annotations, citation files, open data', async () => {
    for (const [path, type] of [
      ['annotations.jsonld', 'application/ld+json; charset=utf-8'],
      ['quotes/zelensky-too-afraid/citation.bib', 'application/x-bibtex; charset=utf-8'],
      ['quotes/zelensky-too-afraid/citation.ris', 'application/x-research-info-systems; charset=utf-8'],
      ['data/quotes.json', 'application/json; charset=utf-8'],
    ]) {
      const res = await get(`${base}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toBe(type);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('cache-control'), path).toBe(CACHE_CONTROL.revalidate);
    }
  });
});

describe('compression', () => {
  it('sends brotli where the browser accepts it, else gzip', async () => {
    for (const [accept, encoding] of [['br, gzip', 'br'], ['gzip', 'gzip']] as const) {
      for (const path of [`${base}articles/putin-zelensky-meeting/`, first('_astro', /\.css$/)]) {
        const res = await get(path, { 'accept-encoding': accept });
        expect(res.headers.get('content-encoding'), `${path} with ${accept}`).toBe(encoding);
        expect(res.headers.get('vary')).toContain('Accept-Encoding');
      }
    }
  });
});

describe('addresses', () => {
  it('answers an unknown address under the base with the site’s 404 page and status 404', async () => {
    const res = await get(`${base}no/such/page/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Page not found');
    expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
  });

  it('serves nothing outside the base, so a root-relative link would fail', async () => {
    for (const path of ['/', '/glossary/vladimir-putin/', '/_astro/']) expect((await get(path)).status, path).toBe(404);
  });

  it('adds the trailing slash the site’s links use', async () => {
    const res = await get(`${base}quotes`);
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(`${base}quotes/`);
  });
});

describe('one source for the configuration', () => {
  it('the committed nginx configuration is what the generator makes from the site’s headers', () => {
    expect(readFileSync(COMMITTED, 'utf8'), 'run `npm run deploy:config` and commit the result').toBe(nginxServer(DEFAULT_NGINX));
  });

  it('the server block under test is the same generator’s, for this base', () => {
    expect(inject('nginxConfig')).toContain(`location ${base} {`);
  });

  it('the build ships the same headers for static hosts (_headers)', () => {
    const file = readFileSync(join(inject('siteDist'), '_headers'), 'utf8');
    expect(file).toBe(headersFile(base));
    expect(file).toContain(`${base}*\n  Content-Security-Policy: ${contentSecurityPolicy()}`);
    expect(file).toContain(`${base}_astro/*\n  Cache-Control: ${CACHE_CONTROL.immutable}`);
  });
});
