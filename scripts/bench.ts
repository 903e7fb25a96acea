/**
 * `npm run bench`: build the site, then print what a reader downloads on first load of
 * each kind of page (HTML, CSS, JS, fonts, images; raw and gzipped) against the brief's
 * budgets. It measures and reports; it never fails a test run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const KB = 1024;

/** Budgets for the article page, first load, gzipped (see ../shared/BRIEF.md). */
export const BUDGET = { totalGzip: 25 * KB, jsGzip: 5 * KB };

type Kind = 'html' | 'css' | 'js' | 'font' | 'image';
interface Weight {
  raw: number;
  gzip: number;
}

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

/** Raw and gzipped bytes by kind for one page's first load. */
export function pageWeight(path: string): Record<Kind, Weight> {
  const weights: Record<Kind, Weight> = {
    html: { raw: 0, gzip: 0 },
    css: { raw: 0, gzip: 0 },
    js: { raw: 0, gzip: 0 },
    font: { raw: 0, gzip: 0 },
    image: { raw: 0, gzip: 0 },
  };
  const file = join(DIST, path, path.endsWith('.html') ? '' : 'index.html');
  const html = readFileSync(file);
  const add = (kind: Kind, bytes: Buffer) => {
    weights[kind].raw += bytes.length;
    weights[kind].gzip += gzipSync(bytes, { level: 9 }).length;
  };
  add('html', html);
  // Inline scripts other than JSON-LD count as JavaScript too.
  for (const m of html.toString().matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)) {
    if (m[1]) weights.js.raw += Buffer.byteLength(m[1]);
  }
  for (const asset of assetsOf(html.toString())) {
    const kind = kindOf(asset);
    const local = join(DIST, asset);
    if (kind && existsSync(local)) add(kind, readFileSync(local));
  }
  return weights;
}

const fmt = (n: number) => `${(n / KB).toFixed(1)} KB`;

function main() {
  const started = performance.now();
  execFileSync('npx', ['astro', 'build'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const buildSeconds = (performance.now() - started) / 1000;
  console.log(`Build (with search index): ${buildSeconds.toFixed(1)} s  (budget ≤ 15 s)\n`);

  const pages: [string, string][] = [
    ['front', '/'],
    ['article', '/articles/putin-zelensky-meeting/'],
    ['404', '/404.html'],
    ['quote', '/quotes/trump-best-friends/'],
    ['quotes index', '/quotes/'],
    ['glossary entry', '/glossary/vladimir-putin/'],
    ['glossary', '/glossary/'],
    ['timeline', '/timeline/'],
    ['search', '/search/'],
  ];
  const rows = pages.filter(([, p]) => existsSync(join(DIST, p, p.endsWith('.html') ? '' : 'index.html')));
  const head = ['page', 'html', 'css', 'js', 'fonts', 'images', 'total raw', 'total gzip'];
  console.log(head.join('\t'));
  for (const [name, path] of rows) {
    const w = pageWeight(path);
    const total = Object.values(w).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }));
    const cell = (x: Weight) => `${fmt(x.raw)} / ${fmt(x.gzip)}`;
    console.log([name, cell(w.html), cell(w.css), cell(w.js), cell(w.font), cell(w.image), fmt(total.raw), fmt(total.gzip)].join('\t'));
    if (name === 'article') {
      const ok = total.gzip <= BUDGET.totalGzip && w.js.gzip <= BUDGET.jsGzip;
      console.log(
        `  article budget: ${fmt(total.gzip)} of ${fmt(BUDGET.totalGzip)} gzipped, JS ${fmt(w.js.gzip)} of ${fmt(BUDGET.jsGzip)}: ${ok ? 'within budget' : 'OVER BUDGET'}`,
      );
    }
  }
  console.log('\n(raw / gzipped; first load only: the files each page links, not what loads on interaction)');
}

main();
