import { describe, expect, it } from 'vitest';
import { documentTitle } from '../../../src/seo/document-title.ts';

describe('the document title', () => {
  it('is “Page · Site” when it fits, the page alone when not, shortened at a word last', () => {
    expect(documentTitle('Quotes', 'Site')).toBe('Quotes · Site');
    expect(documentTitle('Site', 'Site')).toBe('Site');
    const long = 'Putin Calls Zelensky the West’s Illegitimate Puppet. Can He Talk Peace With Him?';
    expect(documentTitle(long, 'Putin, Zelensky and the summit question')).toBe(long);
    const longer = `“${'word '.repeat(30).trim()}”`;
    const title = documentTitle(longer, 'Site');
    expect(title.length).toBeLessThanOrEqual(100);
    expect(title).toMatch(/^“word( word)*…$/);
  });
});
