import { describe, expect, it } from 'vitest';
import { checkLinks, describeCheck, manifestOf, mergeManifests } from '../../../src/links/manifest.ts';

const A = '/articles/a/';
const published = { [A]: ['moscows-cool-response', 'p-one', 'old-quote'], '/people/': [] };
const none = { pages: {}, fragments: {} };

describe('the published-links check', () => {
  it('names a fragment id that disappeared, and a page', () => {
    const check = checkLinks(published, { [A]: ['moscows-response', 'p-one'] }, none);
    expect(check.missing).toEqual(['/articles/a/#moscows-cool-response', '/articles/a/#old-quote', '/people/ (page)']);
    const message = describeCheck(check);
    expect(message).toContain(`Published links no longer resolve:\n  - ${A}#moscows-cool-response`);
    expect(message).toContain('declare where it went in content/moved.yaml');
    expect(message).toContain(`New links are not in content/published-links.json yet:\n  - ${A}#moscows-response`);
  });

  it('accepts an alias to an id on the same page, a moved page, and an alias to another page (a withdrawn entry’s notice)', () => {
    const current = { [A]: ['moscows-response', 'p-one'], '/glossary/': [], '/quotes/old-quote/': [] };
    const aliases = {
      pages: { '/people/': '/glossary/' },
      fragments: { [A]: { 'moscows-cool-response': 'moscows-response', 'old-quote': '/quotes/old-quote/' } },
    };
    expect(checkLinks(published, current, aliases).missing).toEqual([]);
  });

  it('does not accept an alias to something that does not exist', () => {
    const aliases = {
      pages: {},
      fragments: { [A]: { 'moscows-cool-response': 'nowhere', 'old-quote': '/quotes/gone/' } },
    };
    expect(checkLinks({ [A]: published[A]! }, { [A]: ['p-one'] }, aliases).missing).toEqual([
      `${A}#moscows-cool-response`,
      `${A}#old-quote`,
    ]);
  });

  it('keeps every published link when the manifest is brought up to date, and adds the new ones', () => {
    // A correction that left /corrections/ for its group's page keeps its redirect only while listed.
    const published = { '/corrections/': ['correction-a', 'latest'], [A]: ['p-one'] };
    const current = { '/corrections/': ['correction-b', 'latest'], [A]: ['p-one', 'p-two'], '/new/': [] };
    expect(mergeManifests(published, current)).toEqual({
      '/corrections/': ['correction-a', 'correction-b', 'latest'],
      '/new/': [],
      [A]: ['p-one', 'p-two'],
    });
  });

  it('leaves plumbing ids out of the manifest, and sorts it', () => {
    expect(manifestOf(new Map([[A, ['p-b', 'main', 'dialog-q', 'toc-title', 'p-a', 'article-corrections']]]))).toEqual({
      [A]: ['article-corrections', 'p-a', 'p-b'],
    });
  });
});
