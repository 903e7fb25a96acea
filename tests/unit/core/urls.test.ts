import { describe, expect, it } from 'vitest';
import { absoluteLinks, absoluteUrl, normalizeBase, paths, sitePath, withBase } from '../../../src/core/urls.ts';

describe('addresses under the base path', () => {
  it('always end the base in one “/”', () => {
    expect(normalizeBase(undefined)).toBe('/');
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('/annotated')).toBe('/annotated/');
    expect(normalizeBase('/annotated/')).toBe('/annotated/');
  });

  it('put a site path under the base, and leave other addresses alone', () => {
    expect(withBase('/quotes/x/', '/annotated/')).toBe('/annotated/quotes/x/');
    expect(withBase('/', '/annotated/')).toBe('/annotated/');
    expect(withBase('/timeline/#alaska-summit', '/a/b/')).toBe('/a/b/timeline/#alaska-summit');
    for (const other of ['https://example.org/x', '//cdn.example.org/x', '#p-1', 'mailto:a@b.c'])
      expect(withBase(other, '/annotated/')).toBe(other);
  });

  it('take an address back to its site path, or say it is not under the base', () => {
    expect(sitePath('/annotated/quotes/x/', '/annotated/')).toBe('/quotes/x/');
    expect(sitePath('/annotated', '/annotated/')).toBe('/');
    expect(sitePath('/other/', '/annotated/')).toBeUndefined();
    expect(sitePath('/quotes/x/', '/')).toBe('/quotes/x/');
  });

  it('name each kind of page by its site path', () => {
    expect([
      paths.article('a'),
      paths.quote('q'),
      paths.glossaryEntry('g'),
      paths.event('e'),
      paths.eventPage('e'),
    ]).toEqual(['/articles/a/', '/quotes/q/', '/glossary/g/', '/timeline/#e', '/timeline/e/']);
  });

  it('make addresses absolute for data read elsewhere', () => {
    const site = new URL('https://example.org');
    expect(absoluteUrl('/annotated/quotes/x/', site)).toBe('https://example.org/annotated/quotes/x/');
    expect(absoluteLinks('<a href="/glossary/x/">X</a> <a href="https://a.b/">Y</a>', site)).toBe(
      '<a href="https://example.org/glossary/x/">X</a> <a href="https://a.b/">Y</a>',
    );
  });
});
