import { describe, expect, it } from 'vitest';
import { buildSite } from '../../../src/site/build-site.ts';
import { pageKeys, type KeyBasis } from '../../../src/site/page-keys.ts';
import { paths } from '../../../src/core/urls.ts';
import { rawEntries, readContent, withChange, type ContentFiles } from '../../helpers/content.ts';

/**
 * The real content with a second article (a copy of the first, with a copy of each of its
 * quotes), so keys of one article's quotes can be checked against edits to the other's.
 */
const ARTICLE = 'putin-zelensky-meeting';
const COPY = 'lavrov-utmost-care';
const real = readContent();
const articleLine = new RegExp(`^(\\s*(?:- )?article: )${ARTICLE}$`, 'gm');
const files: ContentFiles = withChange(real, {
  add: Object.fromEntries([
    ['articles/second-article.md', real.get(`articles/${ARTICLE}.md`)!.replace(/^title: "?/m, '$&Second: ')],
    ...[...real]
      .filter(([path, text]) => path.startsWith('quotes/') && text.match(articleLine))
      .map(([path, text]) => [path.replace(/\.yaml$/, '-second.yaml'), text.replace(articleLine, '$1second-article')]),
  ]),
});

const BASIS: KeyBasis = { version: 'v1', settings: ['corrections@example.org'] };

/** Every quote page's and article page's key, by quote id and by article slug, for these files and this basis. */
function keys(content: ContentFiles, basis = BASIS): Map<string, string> {
  const { data, problems } = buildSite(rawEntries(content), {});
  expect(problems).toEqual([]);
  const key = pageKeys(data, basis);
  return new Map([
    ...data.quotes.map((q) => [q.id, key.quote(q, paths.quote(q.id))] as const),
    ...data.articles.map((a) => [a.slug, key.article(a, paths.article(a.slug))] as const),
  ]);
}

const changed = (a: Map<string, string>, b: Map<string, string>) =>
  [...a.keys()].filter((id) => a.get(id) !== b.get(id)).sort();

describe('quote page keys', () => {
  const before = keys(files);
  // The first article's pages and its quotes', and the second's.
  const first = [...before.keys()].filter((id) => !id.endsWith('-second') && id !== 'second-article').sort();
  const second = [...before.keys()].filter((id) => id.endsWith('-second') || id === 'second-article').sort();

  it('are the same for the same content, and different for each quote', () => {
    expect(keys(files)).toEqual(before);
    expect(new Set(before.values()).size).toBe(before.size);
  });

  it('change, on an edited note, for its article and every quote of it, and for no other page', () => {
    const edited = withChange(files, {
      edit: { [`quotes/${COPY}-second.yaml`]: [['^annotation: \\|\\n {2}', '$&Edited. ']] },
    });
    expect(changed(before, keys(edited))).toEqual(second);
    const inFirst = withChange(files, {
      edit: { [`quotes/${COPY}.yaml`]: [['^annotation: \\|\\n {2}', '$&Edited. ']] },
    });
    expect(changed(before, keys(inFirst))).toEqual(first);
  });

  it('change for every quote when an article, a glossary entry or the basis changes', () => {
    const all = [...before.keys()].sort();
    const glossary = withChange(files, {
      edit: { 'glossary/sergei-lavrov.yaml': [['^role: .*$', 'role: Russia’s foreign minister']] },
    });
    expect(changed(before, keys(glossary))).toEqual(all);
    const article = withChange(files, {
      edit: { 'articles/second-article.md': [['^title: "?Second: ', '$&Again ']] },
    });
    expect(changed(before, keys(article))).toEqual(all);
    expect(changed(before, keys(files, { ...BASIS, version: 'v2' }))).toEqual(all);
    expect(changed(before, keys(files, { ...BASIS, settings: ['reports@example.org'] }))).toEqual(all);
  });

  it('depend on the fragment ids their page forwards', () => {
    const { data } = buildSite(rawEntries(files), {});
    const key = pageKeys(data, BASIS);
    const quote = data.quotes[0]!;
    const article = data.articles[0]!;
    const page = paths.quote(quote.id);
    const redirected = pageKeys({ ...data, fragmentRedirects: { [page]: { old: 'new' } } }, BASIS);
    expect(redirected.quote(quote, page)).not.toBe(key.quote(quote, page));
    expect(redirected.quote(quote, paths.edition('quotes', quote.id, 1))).toBe(
      key.quote(quote, paths.edition('quotes', quote.id, 1)),
    );
    expect(redirected.article(article, paths.article(article.slug))).toBe(
      key.article(article, paths.article(article.slug)),
    );
  });
});
