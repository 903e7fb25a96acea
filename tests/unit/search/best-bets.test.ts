import { describe, expect, it } from 'vitest';
import { buildSite } from '../../../src/site/build-site.ts';
import { bestBetQueries, bestBets } from '../../../src/search/best-bets.ts';
import { betKey } from '../../../src/search/ranking.ts';
import { rawEntries, readContent, withChange } from '../../helpers/content.ts';

const content = readContent();
const { data } = buildSite(rawEntries(content));
const bets = bestBets(data);
const queries = bestBetQueries(data);
const expected = (query: string) => queries.find((q) => q.query === query)?.url;

describe('what names each thing', () => {
  it('an entry: its name, aliases and attested spellings', () => {
    expect(bets.find((b) => b.url === '/glossary/vladimir-putin/')?.names).toEqual([
      'Vladimir Putin',
      'Vladimir Putin',
      'Putin',
      'Kremlin leader',
      'Владимир Путин',
      'Путин',
      'Володимир Путін',
      'Путін',
      'Wladimir Putin',
      'Vladimir Poutine',
    ]);
  });

  it('a quote: its words, and its opening; an event: its title; an article: its headline', () => {
    expect(bets.find((b) => b.url.endsWith('#stanovaya-imagined-putin'))).toEqual({
      url: '/articles/putin-zelensky-meeting/#stanovaya-imagined-putin',
      names: ['let’s do it'],
      openings: true,
    });
    expect(bets.find((b) => b.url === '/timeline/#alaska-summit')?.names).toEqual(['Trump and Putin meet in Alaska']);
    expect(bets.find((b) => b.url === '/articles/putin-zelensky-meeting/')?.names).toEqual([
      'Putin Calls Zelensky the West’s Illegitimate Puppet. Can He Talk Peace With Him?',
    ]);
  });

  it('every thing search finds by name: each article, quote, entry and event', () => {
    expect(bets.length).toBe(data.articles.length + data.quotes.length + data.glossary.length + data.events.length);
    expect(new Set(bets.map((b) => b.url)).size).toBe(bets.length);
  });
});

describe('the content-derived set of queries', () => {
  it('asks every name of every thing, in lower and upper case, for that thing', () => {
    for (const bet of bets)
      for (const name of bet.names)
        for (const form of [name, name.toLowerCase(), name.toUpperCase()]) expect(expected(form), form).toBe(bet.url);
  });

  it('includes the misses the issue reported', () => {
    expect(expected('putin')).toBe('/glossary/vladimir-putin/');
    expect(expected('ZELENSKY')).toBe('/glossary/volodymyr-zelensky/');
    expect(expected('zelenskyy')).toBe('/glossary/volodymyr-zelensky/');
    expect(expected('путин')).toBe('/glossary/vladimir-putin/');
    expect(expected('White House')).toBe('/glossary/white-house/');
    expect(expected('Крым')).toBe('/glossary/crimea/');
    expect(expected('Türkiye')).toBe('/glossary/turkey/');
    expect(expected('U.S.')).toBe('/glossary/united-states/');
    expect(expected('Kremlin leader')).toBe('/glossary/vladimir-putin/');
    expect(expected('let’s do it')).toBe('/articles/putin-zelensky-meeting/#stanovaya-imagined-putin');
  });

  it('the variants readers type: straight quote marks, and Latin names without accents', () => {
    expect(expected("let's do it")).toBe('/articles/putin-zelensky-meeting/#stanovaya-imagined-putin');
    expect(expected('Lavrov calls for utmost care in planning contacts')).toBe('/timeline/#lavrov-utmost-care');
    expect(expected('Turkiye')).toBe('/glossary/turkey/');
    // Not a Cyrillic name stripped of its diaeresis: no reader writes Україна so.
    expect(queries.some((q) => q.query === 'Украіна')).toBe(false);
  });

  it('and each quote’s opening words, at least three', () => {
    expect(expected('What Putin will say now is ‘let’s do it,’ but first we need')).toBe(
      '/articles/putin-zelensky-meeting/#stanovaya-lets-do-it',
    );
    expect(expected('They haven’t been')).toBe('/articles/putin-zelensky-meeting/#trump-best-friends');
    for (const quote of data.quotes) expect(queries.filter((q) => q.url === quote.inContext).length).toBeGreaterThan(1);
  });

  it('asks each query once, and every query names exactly one thing in the real content', () => {
    expect(new Set(queries.map((q) => q.query)).size).toBe(queries.length);
    const left = bets.flatMap((b) => b.names).filter((name) => expected(name) === undefined);
    expect(left, 'names that name more than one thing').toEqual([]);
  });

  it('leaves out a query that names two things: the same words quoted twice', () => {
    const twice = withChange(content, {
      add: {
        'quotes/zelensky-too-afraid-again.yaml': content
          .get('quotes/zelensky-too-afraid.yaml')!
          .replace(/^featured: true\n/m, '')
          .replace(/^prefix: .*\n/m, '')
          .replace(/^suffix: .*\n/m, ''),
      },
    });
    const again = buildSite(rawEntries(twice));
    const both = bestBetQueries(again.data).filter((q) => betKey(q.query) === betKey('too afraid'));
    expect(again.data.quotes.filter((q) => q.entry.data.text === 'too afraid').length).toBe(2);
    expect(both).toEqual([]);
  });
});
