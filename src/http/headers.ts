/**
 * The site's HTTP policy in one place: the Content Security Policy (which Astro also puts
 * in a <meta> on every page) and the headers a page cannot set itself, with the caching
 * that fits the build. astro.config.mjs, the static host's `_headers` file and the nginx
 * configuration all read it, so they cannot drift apart.
 */

/** Directives besides scripts and styles: only our own origin, nothing else. */
const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Our own scripts only; Pagefind's WebAssembly needs 'wasm-unsafe-eval'. */
const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];

/** Our own stylesheets only (the build writes every style to a file: no inline styles). */
const STYLE_SOURCES = ["'self'"];

/**
 * The site's policy, identical on every page because nothing is inline (no script or style
 * needs a hash): in every page's <meta>, and as the server's header, which adds what a
 * <meta> cannot say (browsers ignore it there): no page may frame this one.
 */
export function contentSecurityPolicy(where: 'header' | 'meta' = 'header'): string {
  const policy = [...CSP_DIRECTIVES, `script-src ${SCRIPT_SOURCES.join(' ')}`, `style-src ${STYLE_SOURCES.join(' ')}`];
  return [...policy, ...(where === 'header' ? ["frame-ancestors 'none'"] : [])].join('; ');
}

/**
 * Browser features the site never uses are switched off for it and anything it embeds.
 * Copying a link (clipboard-write) and the share sheet (web-share) keep their default,
 * the site itself; reading the clipboard is off.
 */
const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'display-capture=()',
  'fullscreen=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
  'clipboard-read=()',
].join(', ');

/** Headers on every response. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': PERMISSIONS_POLICY,
  'X-Frame-Options': 'DENY',
};

/** Cache-Control for files whose name changes when their content does, and for everything else. */
export const CACHE_CONTROL = {
  immutable: 'public, max-age=31536000, immutable',
  revalidate: 'no-cache',
} as const;

/**
 * Folders (under the base) whose files are named by their content: Astro's hashed assets
 * and Pagefind's index chunks. Pagefind's entry files (pagefind.js, pagefind-entry.json,
 * the WebAssembly) keep their names from build to build, so they are revalidated instead.
 */
export const IMMUTABLE_DIRS = ['_astro/', 'pagefind/index/', 'pagefind/fragment/', 'pagefind/filter/'];

/** Types worth compressing on the fly (HTML, CSS, JS, JSON, SVG, XML, text, the WebAssembly). */
export const COMPRESSIBLE_TYPES = [
  'text/html',
  'text/css',
  'text/plain',
  'text/xml',
  'application/javascript',
  'application/json',
  'application/ld+json',
  'application/rss+xml',
  'application/xml',
  'application/wasm',
  'image/svg+xml',
];
