import type { APIRoute } from 'astro';
import { withBase } from '../core/urls.ts';

/**
 * Everything may be crawled; the sitemap lists every page. (Crawlers read robots.txt only
 * at a host's root: under a sub-path, this file is for the host's owner to merge.)
 */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: ${withBase('/')}\n\nSitemap: ${new URL(withBase('/sitemap-index.xml'), site).href}\n`,
    {
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    },
  );
