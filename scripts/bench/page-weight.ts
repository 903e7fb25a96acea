import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export type Kind = 'html' | 'css' | 'js' | 'font' | 'image';
export interface Weight {
  raw: number;
  gzip: number;
}
export type PageWeight = Record<Kind, Weight>;

/** The kind of a file, from its extension. */
function kindOf(path: string): Kind | undefined {
  if (/\.html?$/.test(path)) return 'html';
  if (/\.css$/.test(path)) return 'css';
  if (/\.m?js$/.test(path)) return 'js';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'font';
  if (/\.(png|jpe?g|webp|avif|gif|svg)$/.test(path)) return 'image';
  return undefined;
}

/** The local files a page loads on first paint: stylesheets, scripts, preloads, images. */
function assetsOf(html: string): string[] {
  const refs = [
    ...html.matchAll(/<link[^>]+rel="(?:stylesheet|preload|modulepreload)"[^>]*href="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+href="([^"]+)"[^>]*rel="(?:stylesheet|preload|modulepreload)"/g),
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<img[^>]+src="([^"]+)"/g),
  ].map((m) => m[1]!);
  return [...new Set(refs.filter((r) => r.startsWith('/')))];
}

/** The HTML file that serves a site path (`/quotes/` or `/404.html`). */
export const htmlFileOf = (dist: string, path: string) => {
  const page = path.split('?')[0]!;
  return join(dist, page, page.endsWith('.html') ? '' : 'index.html');
};

/** Raw and gzipped bytes by kind for one page's first load from a built `dist`. */
export function pageWeight(dist: string, path: string): PageWeight {
  const weights: PageWeight = {
    html: { raw: 0, gzip: 0 },
    css: { raw: 0, gzip: 0 },
    js: { raw: 0, gzip: 0 },
    font: { raw: 0, gzip: 0 },
    image: { raw: 0, gzip: 0 },
  };
  const html = readFileSync(htmlFileOf(dist, path));
  const add = (kind: Kind, bytes: Buffer) => {
    weights[kind].raw += bytes.length;
    weights[kind].gzip += gzipSync(bytes, { level: 9 }).length;
  };
  add('html', html);
  // Inline scripts other than JSON-LD count as JavaScript too. Their bytes are also in the
  // HTML's, so the total counts them twice: an overestimate, on the safe side of the budget.
  const inline = [...html.toString().matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1] ?? '')
    .join('');
  if (inline) add('js', Buffer.from(inline));
  for (const asset of withImports(dist, assetsOf(html.toString()))) {
    const kind = kindOf(asset);
    const local = join(dist, asset);
    if (kind && existsSync(local)) add(kind, readFileSync(local));
  }
  return weights;
}

/**
 * The assets plus every module their scripts import statically (Vite splits shared code
 * into chunks, which load on first paint too). Dynamic `import()` loads on interaction,
 * so it is not followed.
 */
function withImports(dist: string, assets: string[]): string[] {
  const seen = new Set<string>();
  const visit = (asset: string) => {
    if (seen.has(asset)) return;
    seen.add(asset);
    if (kindOf(asset) !== 'js' || !existsSync(join(dist, asset))) return;
    const code = readFileSync(join(dist, asset), 'utf8');
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
      const spec = m[1]!;
      if (spec.startsWith('/')) visit(spec);
      else if (spec.startsWith('.')) visit(posix.join(posix.dirname(asset), spec));
    }
  };
  assets.forEach(visit);
  return [...seen];
}

/** The sum over all kinds. */
export const totalOf = (w: PageWeight): Weight =>
  Object.values(w).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
