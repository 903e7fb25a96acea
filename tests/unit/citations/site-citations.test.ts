import { describe, expect, it, vi } from 'vitest';
import { Cite } from '@citation-js/core';
import { buildSite } from '../../../src/site/build-site.ts';
import { DEFAULT_SITE_URL } from '../../../src/core/settings.ts';
import { cslSpeaker } from '../../../src/citations/csl.ts';
import { formatCitationsDirect } from '../../../src/citations/format.ts';
import {
  allCitationItems,
  articleCitation,
  articleItem,
  quoteCitation,
  quoteItem,
  type PageCitation,
} from '../../../src/citations/site-citations.ts';
import { rawEntries, readContent } from '../../helpers/content.ts';

/**
 * The pages' citations come from citeproc once per shape of item, with tokens put back in
 * (src/citations/format.ts): they must be exactly what formatting each page's item alone
 * gives, for every page of the real content, whatever the content becomes.
 */
const { data } = buildSite(rawEntries(readContent()));
const site = new URL(DEFAULT_SITE_URL);

/** Every Cite section the site renders: each quote's page and editions, the article's page and editions. */
const pages: { page: string; cite: () => PageCitation; speaker?: ReturnType<typeof cslSpeaker> }[] = [
  ...data.quotes.flatMap((q) => {
    const speaker = cslSpeaker(q.speaker);
    return [
      { page: q.id, cite: () => quoteCitation(q, data, site), speaker },
      ...q.history.editions.map((e) => ({
        page: `${q.id}, edition ${e.number}`,
        cite: () => quoteCitation(q, data, site, e),
        speaker,
      })),
    ];
  }),
  ...data.articles.flatMap((a) => [
    { page: a.slug, cite: () => articleCitation(a, data, site) },
    ...a.history.editions.map((e) => ({
      page: `${a.slug}, edition ${e.number}`,
      cite: () => articleCitation(a, data, site, e),
    })),
  ]),
];

describe('the citations of every page of the real content', () => {
  it('cover quotes, articles and their editions', () => {
    expect(data.quotes.some((q) => q.history.editions.length > 0)).toBe(true);
    expect(data.articles.some((a) => a.history.editions.length > 0)).toBe(true);
    expect(pages.length).toBeGreaterThan(data.quotes.length + data.articles.length);
  });

  // One test per page: formatting each item alone (twelve citeproc runs) is what takes the time.
  it.each(pages)('are citeproc’s own, byte for byte, as formatting the item alone gives them: $page', (page) => {
    const { item, citations } = page.cite();
    expect(citations).toEqual(formatCitationsDirect(item, page.speaker));
  });

  it('run citeproc once per article and kind of speaker, not once per page', () => {
    // Another day accessed: items nothing has formatted yet.
    vi.stubEnv('SOURCE_DATE_EPOCH', '4102444800');
    const format = vi.spyOn(Cite.prototype, 'format');
    try {
      const cited = pages.map(({ cite }) => cite());
      expect(cited.every((c) => c.item.accessed['date-parts'][0][0] === 2100)).toBe(true);
      const kind = (s: ReturnType<typeof cslSpeaker>) =>
        'literal' in s ? 'organisation' : s.given ? 'person' : 'family';
      const shapes = data.articles.length * (1 + new Set(data.quotes.map((q) => kind(cslSpeaker(q.speaker)))).size);
      // One HTML run per style, reference and in-text, per shape; alone, each page would take 12.
      expect(format.mock.calls.length).toBeLessThanOrEqual(6 * shapes);
    } finally {
      format.mockRestore();
      vi.unstubAllEnvs();
    }
  });

  it('list every item in the open data, each article followed by its quotes', () => {
    expect(allCitationItems(data, site)).toEqual(
      data.articles.flatMap((a) => [
        articleItem(a, data, site),
        ...data.quotes.filter((q) => q.article === a).map((q) => quoteItem(q, data, site)),
      ]),
    );
  });
});
