import { describe, expect, it } from 'vitest';
import { buildSite } from '../../../src/site/build-site.ts';
import { searchRecords } from '../../../src/search/records.ts';
import {
  ARCHIVED_WEIGHT,
  archivedArticleHtml,
  DETAILED_ARTICLES,
  DETAILED_ARTICLES_SETTING,
  detailedArticles,
  splitByAge,
} from '../../../src/search/archived-articles.ts';
import {
  archivedBet,
  decodePart,
  encodePart,
  namedQuote,
  partCounts,
  partsToShow,
  sameSpot,
  type SubResult,
} from '../../../src/search/archived-parts.ts';
import { rawEntries, readContent } from '../../helpers/content.ts';

const { data } = buildSite(rawEntries(readContent()));
const records = searchRecords(data);
const article = data.articles[0]!;
const urls = data.articles.map((a) => a.url);

/** The anchors of an earlier article's page, as Pagefind reads them: id and title. */
const anchorsOf = (html: string) =>
  [...html.matchAll(/<span id="([^"]+)" data-pagefind-title="([^"]+)"><\/span>/g)].map(([, id, title]) => ({
    id: id!,
    title: title!
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  }));

describe('earlier articles in the search index', () => {
  it('the newest articles keep a record for each paragraph and quote', () => {
    expect(splitByAge(records, urls, DETAILED_ARTICLES)).toEqual({ records, archived: [] });
  });

  it('an earlier article is one page holding every one of its records, each part under its own address', () => {
    const { records: kept, archived } = splitByAge(records, urls, 0);
    const own = records.filter((r) => r.url.split('#')[0] === article.url);
    expect(kept).toEqual(records.filter((r) => !own.includes(r)));
    expect(archived.map((a) => a.url)).toEqual([article.url]);
    const html = archived[0]!.html;
    // Nothing is dropped: every paragraph and quote is an anchor, with its record's title and people.
    const anchors = anchorsOf(html);
    expect(anchors.map((a) => `${article.url}#${a.id}`)).toEqual(
      own.filter((r) => r.url !== article.url).map((r) => r.url),
    );
    for (const [i, record] of own.filter((r) => r.url !== article.url).entries()) {
      const part = decodePart(anchors[i]!.title)!;
      expect(part.title, record.url).toBe(record.meta.title);
      expect(part.people, record.url).toEqual(record.filters.person);
      expect(part.kind, record.url).toBe(record.filters.kind[0]);
    }
    // The article's own title and the names of all it holds, and the union of its filters.
    expect(html).toContain(`data-pagefind-meta="title:${article.entry.data.title}"`);
    expect(html).toContain('data-pagefind-filter="kind:quote"');
    expect(html).toContain('data-pagefind-filter="person:Tatiana Stanovaya"');
    expect(html).toContain('data-pagefind-filter="archived:article"');
    // Its text is escaped: a record's words are never markup.
    expect(html).not.toMatch(/<(?!\/?(html|body|main|div|span|p)\b)/);
    // All of its text, and every anchor, counts at the earlier articles' weight.
    const weighted = html.match(/<div data-pagefind-weight="([\d.]+)">(.*)<\/div>/)!;
    expect(Number(weighted[1])).toBe(ARCHIVED_WEIGHT);
    expect(ARCHIVED_WEIGHT).toBeLessThan(1);
    expect(html.replace(weighted[0], '')).not.toMatch(/<p>|<span id=/);
    expect(anchorsOf(weighted[2]!)).toHaveLength(anchors.length);
  });

  it('a quote of an earlier article is named by its words, its opening and the speaker’s own words', () => {
    const { archived } = splitByAge(records, urls, 0);
    const anchors = anchorsOf(archived[0]!.html);
    const lavrov = `${article.url}#lavrov-utmost-care`;
    expect(namedQuote('with the utmost care', article.url, anchors)).toMatchObject({ url: lavrov, match: 'exact' });
    expect(namedQuote('WITH THE UTMOST CARE.', article.url, anchors)?.url).toBe(lavrov);
    expect(
      namedQuote('надо любые контакты с участием первых лиц готовить предельно тщательно', article.url, anchors),
    ).toMatchObject({ url: lavrov, match: 'exact' });
    expect(namedQuote('For Putin, this is', article.url, anchors)).toMatchObject({
      url: `${article.url}#stanovaya-wider-confrontation`,
      match: 'opening',
    });
    // A quote the filters leave out names nothing.
    const chosen = (kind: string, person: string) => ({ kind, person });
    expect(namedQuote('with the utmost care', article.url, anchors, chosen('section', ''))).toBeUndefined();
    expect(namedQuote('with the utmost care', article.url, anchors, chosen('', 'Vladimir Putin'))).toBeUndefined();
    expect(namedQuote('with the utmost care', article.url, anchors, chosen('quote', 'Sergei Lavrov'))?.url).toBe(
      lavrov,
    );
    // As a best bet, the article is named by such a quote, or by its headline alone: a
    // quote's words do not name the article when the filters leave the quote out.
    const asBet = (query: string, kind = '', person = '') =>
      archivedBet(query, { url: article.url, title: article.entry.data.title, anchors }, { kind, person });
    expect(asBet('with the utmost care')?.quote?.url).toBe(lavrov);
    expect(asBet('with the utmost care', 'section')).toBeUndefined();
    expect(asBet(article.entry.data.title.toUpperCase())).toEqual({ match: 'exact' });
    expect(asBet(article.entry.data.title, 'quote')).toBeUndefined();
    expect(asBet(article.entry.data.title, '', 'Vladimir Putin')).toBeUndefined();
    // Two words open nothing, and a passage is no quote.
    expect(namedQuote('too', article.url, anchors)).toBeUndefined();
    expect(namedQuote('Moscow’s cool response', article.url, anchors)).toBeUndefined();
  });

  it('a record’s words are never markup in an earlier article’s page', () => {
    const hostile = '</p><script>alert(1)</script> "quoted" & more';
    const head = { ...records.find((r) => r.url === article.url)!, content: hostile };
    const part = {
      ...records.find((r) => r.url.startsWith(`${article.url}#`))!,
      url: `${article.url}#p-"><b>`,
      content: hostile,
      meta: { title: hostile },
    };
    const html = archivedArticleHtml(head, [part]);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; more');
    expect(decodePart(anchorsOf(html)[0]!.title)?.title).toBe(hostile);
  });

  it('a part’s data survives the anchor’s title, and other titles are not parts', () => {
    const part = { kind: 'quote' as const, title: '“too afraid”', people: ['Volodymyr Zelensky'], date: 'August 2025' };
    expect(decodePart(encodePart(part))).toEqual(part);
    expect(decodePart('Putin Calls Zelensky the West’s Illegitimate Puppet.')).toBeUndefined();
    expect(decodePart('{not json')).toBeUndefined();
    expect(decodePart(undefined)).toBeUndefined();
  });

  it('shows the parts that pass the filters chosen, the best first, at most three', () => {
    const sub = (title: string, score: number, url: string): SubResult => ({
      url,
      title,
      excerpt: '',
      weighted_locations: [{ balanced_score: score }],
    });
    const passage = (p: string[]) => encodePart({ kind: 'section', title: 'A section', people: p });
    const quote = (p: string[]) => encodePart({ kind: 'quote', title: '“Words”', people: p });
    const subs = [
      sub('Headline', 1, '/a/'),
      sub(passage(['Vladimir Putin']), 2, '/a/#p1'),
      sub(quote(['Tatiana Stanovaya']), 5, '/a/#q1'),
      sub(passage([]), 2, '/a/#p2'),
      sub(quote(['Vladimir Putin']), 3, '/a/#q2'),
    ];
    const urlsOf = (kind: string, person: string) => partsToShow(subs, { kind, person }).map((p) => p.url);
    expect(urlsOf('', '')).toEqual(['/a/#q1', '/a/#q2', '/a/#p1']);
    expect(urlsOf('quote', '')).toEqual(['/a/#q1', '/a/#q2']);
    // The article's own opening is no part: its headline stands for it.
    expect(urlsOf('section', '')).toEqual(['/a/#p1', '/a/#p2']);
    expect(urlsOf('', 'Vladimir Putin')).toEqual(['/a/#q2', '/a/#p1']);
    // The counts are of the parts the filters keep, not of every sub-result.
    expect(partCounts(subs, { kind: '', person: '' })).toEqual({ passages: 2, quotes: 2 });
    expect(partCounts(subs, { kind: 'quote', person: 'Vladimir Putin' })).toEqual({ passages: 0, quotes: 1 });
    expect(sameSpot('/a/#caf%C3%A9', '/a/#café')).toBe(true);
    expect(sameSpot('/a/#q1', '/a/#q2')).toBe(false);
  });

  it('the setting says what is wrong with it', () => {
    expect(detailedArticles(undefined)).toBe(DETAILED_ARTICLES);
    expect(detailedArticles('3')).toBe(3);
    expect(() => detailedArticles('ten')).toThrow(new RegExp(`${DETAILED_ARTICLES_SETTING}="ten".*whole number`));
  });
});
