/**
 * The two deployment settings, read from the environment at build time and checked before
 * anything is built, so a mistake names the setting and the fix instead of surfacing as an
 * error deep inside the build.
 */
import { normalizeBase } from './urls.ts';

/** Where the site is served from when SITE_URL is not set (canonical URLs need an origin). */
export const DEFAULT_SITE_URL = 'https://putin-zelensky.example.org';

/** A wrong setting, named with its value and the fix. */
export class SettingError extends Error {
  constructor(setting: string, value: string, fix: string) {
    super(`${setting}=${JSON.stringify(value)} is not a valid setting: ${fix}`);
    this.name = 'SettingError';
  }
}

/** One path segment of a base path: letters, digits and `-`, `_`, `.`, `~`, but not `.` or `..` alone. */
const SEGMENT = /^(?!\.{1,2}$)[A-Za-z0-9._~-]+$/;

/**
 * BASE_PATH: the path the site lives under (`/`, `/annotated/`, `/a/b/`). It must start with
 * “/” and hold plain segments only (no `..`, no `//`, no query or fragment), since every
 * address the site emits is put under it. A missing final “/” is added.
 */
export function basePathSetting(value: string | undefined): string {
  if (value === undefined || value === '') return '/';
  const fix =
    'write the path the site is served under, starting with “/” and made of plain segments, such as /annotated/ or /news/putin-zelensky/ (letters, digits, “-”, “_”, “.”).';
  if (!value.startsWith('/')) throw new SettingError('BASE_PATH', value, fix);
  const segments = normalizeBase(value).slice(1, -1);
  if (segments !== '' && !segments.split('/').every((s) => SEGMENT.test(s)))
    throw new SettingError('BASE_PATH', value, fix);
  return normalizeBase(value);
}

/**
 * SITE_URL: the origin the site is served from (`https://example.org`), for canonical URLs,
 * share cards, the sitemap and the feed. An http(s) URL with no path, query or fragment:
 * the path goes in BASE_PATH.
 */
export function siteUrlSetting(value: string | undefined): string {
  if (value === undefined || value === '') return DEFAULT_SITE_URL;
  const fix =
    'write the origin the site is served from, such as https://example.org (the path it lives under goes in BASE_PATH).';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SettingError('SITE_URL', value, fix);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username || url.password)
    throw new SettingError('SITE_URL', value, fix);
  return url.origin;
}

/** Where readers' error reports go when REPORT_ERRORS_TO is not set. */
export const DEFAULT_REPORT_ERRORS_TO = 'corrections@putin-zelensky.example.org';

/**
 * REPORT_ERRORS_TO: where a reader's “Report an error” goes, with no server of ours: an
 * e-mail address (a message is opened, its subject and body filled in), or the address of
 * an issue tracker's new-issue form with `{title}` and `{body}` where those go
 * (`https://github.com/org/repo/issues/new?title={title}&body={body}`). The result is a
 * template with `{title}` and `{body}` in it, for reportLink.
 */
export function reportErrorsSetting(value: string | undefined): string {
  const setting = value === undefined || value === '' ? DEFAULT_REPORT_ERRORS_TO : value.trim();
  const fix =
    'write an e-mail address (corrections@example.org), or an https address of a new-issue form with {title} and {body} where they go.';
  if (/^(mailto:)?[^\s@/?#]+@[^\s@/?#]+\.[^\s@/?#]+$/.test(setting)) {
    return `mailto:${setting.replace(/^mailto:/, '')}?subject={title}&body={body}`;
  }
  let url: URL;
  try {
    url = new URL(setting);
  } catch {
    throw new SettingError('REPORT_ERRORS_TO', setting, fix);
  }
  if (url.protocol !== 'https:' || !setting.includes('{title}') || !setting.includes('{body}')) {
    throw new SettingError('REPORT_ERRORS_TO', setting, fix);
  }
  return setting;
}

/** The address a reader follows to report an error: the template with the title and body filled in. */
export function reportLink(template: string, title: string, body: string): string {
  return template.replace('{title}', encodeURIComponent(title)).replace('{body}', encodeURIComponent(body));
}
