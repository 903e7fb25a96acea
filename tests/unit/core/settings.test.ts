import { describe, expect, it } from 'vitest';
import {
  basePathSetting,
  DEFAULT_SITE_URL,
  reportErrorsSetting,
  reportLink,
  siteUrlSetting,
} from '../../../src/core/settings.ts';

describe('the deployment settings', () => {
  it('take a base path of plain segments, adding the final “/”', () => {
    expect(basePathSetting(undefined)).toBe('/');
    expect(basePathSetting('')).toBe('/');
    expect(basePathSetting('/annotated')).toBe('/annotated/');
    expect(basePathSetting('/news/putin-zelensky/')).toBe('/news/putin-zelensky/');
  });

  it('reject a base path that escapes, doubles a slash or is not a path, naming the setting', () => {
    for (const bad of ['../escape/', '/../escape/', '/a/./b/', 'annotated/', '/a//b/', '/a?x=1/', '/a#b/', '/a b/']) {
      expect(() => basePathSetting(bad), bad).toThrow(
        `BASE_PATH=${JSON.stringify(bad)} is not a valid setting: write the path the site is served under`,
      );
    }
  });

  it('take the origin the site is served from', () => {
    expect(siteUrlSetting(undefined)).toBe(DEFAULT_SITE_URL);
    expect(siteUrlSetting('https://example.org')).toBe('https://example.org');
    expect(siteUrlSetting('https://example.org/')).toBe('https://example.org');
    expect(siteUrlSetting('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
  });

  it('reject what is not an origin, naming the setting and where a path goes', () => {
    for (const bad of [
      'not-a-url',
      'example.org',
      'ftp://example.org',
      'https://example.org/annotated/',
      'https://example.org/?x=1',
      'https://user@example.org',
    ]) {
      expect(() => siteUrlSetting(bad), bad).toThrow(
        `SITE_URL=${JSON.stringify(bad)} is not a valid setting: write the origin the site is served from, such as https://example.org (the path it lives under goes in BASE_PATH).`,
      );
    }
  });

  it('take where error reports go: an e-mail address, or an issue form with {title} and {body}', () => {
    expect(reportErrorsSetting(undefined)).toBe(
      'mailto:corrections@putin-zelensky.example.org?subject={title}&body={body}',
    );
    expect(reportErrorsSetting('mailto:desk@example.org')).toBe('mailto:desk@example.org?subject={title}&body={body}');
    const form = 'https://github.com/org/repo/issues/new?title={title}&body={body}';
    expect(reportErrorsSetting(form)).toBe(form);
    expect(reportLink(form, 'Error: “x”', 'Page: https://e.org/a/#p-1\nWhat?')).toBe(
      'https://github.com/org/repo/issues/new?title=Error%3A%20%E2%80%9Cx%E2%80%9D&body=Page%3A%20https%3A%2F%2Fe.org%2Fa%2F%23p-1%0AWhat%3F',
    );
    for (const bad of [
      'desk',
      'http://tracker.example.org/new?title={title}&body={body}',
      'https://tracker.example.org/new',
    ]) {
      expect(() => reportErrorsSetting(bad), bad).toThrow(
        `REPORT_ERRORS_TO=${JSON.stringify(bad)} is not a valid setting`,
      );
    }
  });
});
