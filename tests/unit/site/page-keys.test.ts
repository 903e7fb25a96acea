import { describe, expect, it } from 'vitest';
import { buildSite } from '../../../src/site/build-site.ts';
import { quotePageKeys, type KeyBasis } from '../../../src/site/page-keys.ts';
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

/** Every quote page's key, by quote id, for these files and this basis. */
function keys(content: ContentFiles, basis = BASIS): Map<string, string> {
  const { data, problems } = buildSite(rawEntries(content), {});
  expect(problems).toEqual([]);
  const key = quotePageKeys(data, basis);
  return new Map(data.quotes.map((q) => [q.id, key(q, paths.quote(q.id))]));
}

const changed = (a: Map<string, string>, b: Map<string, string>) =>
  [...a.keys()].filter((id) => a.get(id) !== b.get(id)).sort();

describe('quote page keys', () => {
  const before = keys(files);
  const first = [...before.keys()].filter((id) => !id.endsWith('-second')).sort();
  const second = [...before.keys()].filter((id) => id.endsWith('-second')).sort();

  it('are the same for the same content, and different for each quote', () => {
    expect(keys(files)).toEqual(before);
    expect(new Set(before.values()).size).toBe(before.size);
  });

  it('change, on an edited note, for every quote of its article and for no other', () => {
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
    const key = quotePageKeys(data, BASIS);
    const quote = data.quotes[0]!;
    const redirected = { ...data, fragmentRedirects: { [paths.quote(quote.id)]: { old: 'new' } } };
    expect(quotePageKeys(redirected, BASIS)(quote, paths.quote(quote.id))).not.toBe(key(quote, paths.quote(quote.id)));
  });
});
