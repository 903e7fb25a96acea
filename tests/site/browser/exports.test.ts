import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import metascraper from 'metascraper';
import metascraperAuthor from 'metascraper-author';
import metascraperDate from 'metascraper-date';
import metascraperPublisher from 'metascraper-publisher';
import metascraperTitle from 'metascraper-title';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse } from 'yaml';
import { ARTICLE, parsePage } from '../../helpers/built-site.ts';

/**
 * What the site publishes for others to reuse, read by the tools that reuse it, not by our
 * own parsers: the open data against its JSON Schemas (ajv), every citation file parsed
 * back by Citation.js, the pages' metadata read by metascraper. No browser: the files of
 * the build are the point (the Web Annotations are anchored in Chromium in annotations.test.ts).
 */
const SITE = 'https://putin-zelensky.example.org';
const read = (path: string) => readFileSync(`dist${path}`, 'utf8');
const json = (path: string) => JSON.parse(read(path));

/** The ids of a content collection's entries that are not withdrawn. */
function published(collection: string): string[] {
  return readdirSync(`content/${collection}`)
    .filter((f) => !parse(readFileSync(`content/${collection}/${f}`, 'utf8')).withdrawn)
    .map((f) => f.replace(/\.yaml$/, ''))
    .sort();
}

/** What the tests read of a W3C Web Annotation. */
interface Annotation {
  type: string;
  id: string;
  target: { source: string; selector: unknown[] };
  body: { type: string; format: string; language: string; purpose: string; value: string }[];
  creator: { name: string };
  created: string;
  modified: string;
}

describe('open data (/data/)', () => {
  it.each(['quotes', 'glossary', 'timeline'])(
    '%s.json validates against its published JSON Schema (ajv) and has every entry',
    (name) => {
      const schema = json(`/data/${name}.schema.json`);
      const data = json(`/data/${name}.json`);
      // The schemas' formats (uri) are checked too, as a consumer's validator would.
      const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true }));
      const validate = ajv.compile(schema);
      expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
      // The schema has teeth: a record without its id does not validate.
      expect(validate({ ...data, items: [{ ...data.items[0], id: undefined }] })).toBe(false);
      expect(data.$schema).toBe(`${SITE}/data/${name}.schema.json`);
      expect(schema.$id).toBe(data.$schema);
      expect(data.items.map((i: { id: string }) => i.id).sort()).toEqual(published(name));
      for (const item of data.items) expect(item.url).toMatch(/^https:\/\/putin-zelensky\.example\.org\//);
    },
  );

  it('the data page and every page’s footer link the files', () => {
    const links = selectAll('a[href]', parsePage('/data/')).map((a) => String(a.properties.href));
    for (const file of ['quotes.json', 'quotes.schema.json', 'glossary.json', 'timeline.json', 'citations.json'])
      expect(links).toContain(`/data/${file}`);
    expect(links).toContain('/annotations.jsonld');
    expect(selectAll('footer a', parsePage('/')).map((a) => a.properties.href)).toContain('/data/');
  });
});

describe('citations, read back by Citation.js', () => {
  const all = json('/data/citations.json') as {
    id: string;
    title: string;
    author: object[];
    issued: object;
    URL: string;
  }[];
  const files = [
    ARTICLE,
    ...readdirSync('dist/quotes', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `/quotes/${d.name}/`),
  ].filter((page) => {
    try {
      return !!read(`${page}citation.json`);
    } catch {
      return false; // a withdrawn quote's notice has no citation
    }
  });

  it('citations.json has the article and every quote', () => {
    expect(all.map((c) => c.id).sort()).toEqual(
      [`${SITE}${ARTICLE}`, ...published('quotes').map((id) => `${SITE}/quotes/${id}/`)].sort(),
    );
    expect(files.length).toBe(all.length);
  });

  it.each(files)('%scitation.bib, .ris and .json give back the same title, authors, date and URL', (page) => {
    const expected = all.find((c) => c.id === `${SITE}${page}`)!;
    const fields = (item: Record<string, unknown>) => ({
      title: item.title,
      author: item.author,
      issued: item.issued,
      URL: item.URL,
    });
    for (const format of ['bib', 'ris', 'json']) {
      const items = new Cite(read(`${page}citation.${format}`)).data;
      expect(items.length, format).toBe(1);
      expect(fields(items[0]!), format).toEqual(fields(expected));
    }
  });

  it('a quote’s APA, MLA and Chicago citations read exactly as the styles have them, naming the note’s edition', () => {
    const tree = parsePage('/quotes/stanovaya-not-a-player/');
    const text = (id: string) => toString(select(`#${id}`, tree)!);
    // The note has been corrected: the citation names its current edition and that edition's permanent address.
    const corrections = (
      parse(readFileSync('content/quotes/stanovaya-not-a-player.yaml', 'utf8')) as { corrections: { date: string }[] }
    ).corrections;
    const edition = corrections.length + 1;
    const [year, month, day] = corrections[0]!.date.split('-').map(Number) as [number, number, number];
    const since = new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-US', {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    });
    const archive = `Putin, Zelensky and the summit question, note edition ${edition} (${since})`;
    const permalink = `${SITE}/quotes/stanovaya-not-a-player/editions/${edition}/`;
    const original = 'https://www.wsj.com/world/putin-zelensky-meeting-challenges-ed44eb54';
    expect(text('cite-apa-in-text')).toBe('(Stanovaya, as cited in Grove & Luxmoore, 2025)');
    expect(text('cite-apa-reference')).toBe(
      `Grove, T., & Luxmoore, M. (2025, August 19). Putin calls Zelensky the West’s illegitimate puppet. Can he talk peace with him? The Wall Street Journal. ${archive} (${permalink}). ${original}`,
    );
    expect(text('cite-mla-in-text')).toBe('(qtd. in Grove and Luxmoore)');
    expect(text('cite-mla-reference')).toBe(
      `Grove, Thomas, and Matthew Luxmoore. “Putin Calls Zelensky the West’s Illegitimate Puppet. Can He Talk Peace with Him?” The Wall Street Journal, 19 Aug. 2025, ${original}. ${archive}, ${permalink}.`,
    );
    expect(text('cite-chicago-in-text')).toBe(
      'Tatiana Stanovaya, quoted in Grove and Luxmoore, “Putin Calls Zelensky the West’s Illegitimate Puppet. Can He Talk Peace with Him?”',
    );
    expect(text('cite-chicago-reference')).toBe(
      `Grove, Thomas, and Matthew Luxmoore. “Putin Calls Zelensky the West’s Illegitimate Puppet. Can He Talk Peace with Him?” The Wall Street Journal. August 19, 2025. ${permalink}. ${archive}. ${original}.`,
    );
    // The edition cited is the one its permanent page shows, and cites in turn.
    expect(
      toString(select('#cite-apa-reference', parsePage(`/quotes/stanovaya-not-a-player/editions/${edition}/`))!),
    ).toBe(text('cite-apa-reference'));
    // The files are linked for download from the page.
    const downloads = selectAll('.cite-files a', tree).map((a) => [a.properties.href, a.properties.download]);
    expect(downloads).toEqual(
      ['bib', 'ris', 'json'].map((ext) => [
        `/quotes/stanovaya-not-a-player/citation.${ext}`,
        `stanovaya-not-a-player.${ext}`,
      ]),
    );
  });
});

/** The day an entry was last corrected (its newest correction, listed first), as metascraper gives dates. */
function lastCorrected(file: string): string {
  const text = readFileSync(file, 'utf8');
  const data = parse(file.endsWith('.md') ? /^---\n([\s\S]*?)\n---/.exec(text)![1]! : text) as {
    corrections: { date: string }[];
  };
  return `${data.corrections[0]!.date}T00:00:00.000Z`;
}
const ARTICLE_CORRECTED = lastCorrected('content/articles/putin-zelensky-meeting.md');
const NOTE_CORRECTED = lastCorrected('content/quotes/stanovaya-not-a-player.yaml');

describe('page metadata, read by metascraper and as Zotero reads it', () => {
  const scrape = metascraper([
    metascraperAuthor(),
    metascraperDate({ datePublished: true, dateModified: true }),
    metascraperPublisher(),
    metascraperTitle(),
  ]);

  it('the article page: its headline, both authors, when it was published and when our page last changed', async () => {
    const found = await scrape({ html: read(`${ARTICLE}index.html`), url: `${SITE}${ARTICLE}` });
    expect(found).toEqual({
      title: 'Putin Calls Zelensky the West’s Illegitimate Puppet. Can He Talk Peace With Him?',
      author: 'Thomas Grove and Matthew Luxmoore',
      datePublished: '2025-08-20T01:00:00.000Z',
      // The day our words on it were last corrected (its JSON-LD dateModified): the latest date metascraper knows.
      dateModified: ARTICLE_CORRECTED,
      date: ARTICLE_CORRECTED,
      publisher: 'The Wall Street Journal',
    });
  });

  it('a quote page: the words, their speaker, the article’s date and publisher, and when the note last changed', async () => {
    const found = await scrape({
      html: read('/quotes/stanovaya-not-a-player/index.html'),
      url: `${SITE}/quotes/stanovaya-not-a-player/`,
    });
    expect(found).toEqual({
      title: '“In Putin’s eyes, Zelensky is not a player”',
      author: 'Tatiana Stanovaya',
      datePublished: '2025-08-20T01:00:00.000Z',
      dateModified: NOTE_CORRECTED,
      date: NOTE_CORRECTED,
      publisher: 'The Wall Street Journal',
    });
  });

  it.each([ARTICLE, '/quotes/stanovaya-not-a-player/'])(
    '%s: Highwire citation_* tags name the article, as its JSON-LD does',
    (page) => {
      const tree = parsePage(page);
      const meta = (name: string) => selectAll(`meta[name="${name}"]`, tree).map((m) => String(m.properties.content));
      const ld = JSON.parse(toString(select('script[type="application/ld+json"]', tree)!));
      const article = ld['@type'] === 'NewsArticle' ? ld : ld.isPartOf;
      expect(meta('citation_title')).toEqual([article.headline]);
      expect(meta('citation_author')).toEqual(article.author.map((a: { name: string }) => a.name));
      expect(meta('citation_publisher')).toEqual([article.publisher.name]);
      expect(meta('citation_journal_title')).toEqual(['The Wall Street Journal']);
      expect(meta('citation_public_url')).toEqual([article.isBasedOn]);
      // The day printed on the story: 01:00 UTC on August 20 is the evening of August 19 in New York.
      expect(article.datePublished).toBe('2025-08-20T01:00:00.000Z');
      expect(meta('citation_publication_date')).toEqual(['2025/08/19']);
      expect(meta('citation_fulltext_html_url')[0]).toMatch(new RegExp(`^${SITE}${ARTICLE}`));
    },
  );
});

describe('Web Annotations (/annotations.jsonld)', () => {
  it('is an AnnotationCollection of one Annotation per quote note, with the quotes’ selectors', () => {
    const collection = json('/annotations.jsonld');
    const quotes = json('/data/quotes.json').items as { id: string; selector: object; context: { html: string } }[];
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(quotes.length);
    for (const [i, a] of (collection.first.items as Annotation[]).entries()) {
      const quote = quotes[i]!;
      expect(a.type).toBe('Annotation');
      expect(a.id).toBe(`${SITE}/annotations.jsonld#${quote.id}`);
      expect(a.target.source).toBe(`${SITE}${ARTICLE}`);
      expect(a.target.selector).toEqual([
        quote.selector,
        { type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3986', value: quote.id },
      ]);
      expect(a.body[0]).toMatchObject({ type: 'TextualBody', format: 'text/html', language: 'en' });
      expect(a.body[0]!.value).toContain(quote.context.html);
      // A translated quote's second body is the speaker's own words, in their language.
      const original = (quote as { spoken?: { language: string; original?: { text: string } } }).spoken;
      expect(a.body.slice(1)).toEqual(
        original?.original
          ? [
              {
                type: 'TextualBody',
                format: 'text/plain',
                language: original.language,
                purpose: 'describing',
                value: original.original.text,
              },
            ]
          : [],
      );
      expect(a.creator.name).toBe('Putin, Zelensky and the summit question');
      expect(a.created <= a.modified).toBe(true);
    }
  });
});
