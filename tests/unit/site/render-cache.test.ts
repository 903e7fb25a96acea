import { describe, expect, it } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import { mkdirSync, mkdtempSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../../../src/site/build-site.ts';
import {
  codeVersion,
  inputsDigest,
  NO_CACHE,
  openRenderCache,
  type RenderCache,
} from '../../../src/site/render-cache.ts';
import { rawEntries, readContent, withChange } from '../../helpers/content.ts';

const cacheFile = () => join(mkdtempSync(join(tmpdir(), 'render-cache-')), 'site-data.v8');

describe('the render cache', () => {
  it('gives a result worked out in an earlier build without working it out again', () => {
    const file = cacheFile();
    const first = openRenderCache(file, 'v1');
    let made = 0;
    const compute = () => ({ made: ++made, words: new Map([['a', 1]]) });
    expect(first.get('note', ['words', 'quotes/a.yaml'], compute)).toEqual({ made: 1, words: new Map([['a', 1]]) });
    first.save();

    const second = openRenderCache(file, 'v1');
    expect(second.get('note', ['words', 'quotes/a.yaml'], compute)).toEqual({ made: 1, words: new Map([['a', 1]]) });
    expect([second.hits, second.misses, made]).toEqual([1, 0, 1]);
    // Other words, another file, another kind of step: each is worked out.
    second.get('note', ['other words', 'quotes/a.yaml'], compute);
    second.get('note', ['words', 'quotes/b.yaml'], compute);
    second.get('article', ['words', 'quotes/a.yaml'], compute);
    expect(made).toBe(4);
  });

  it('tells inputs apart by the contents of their Maps and Sets', () => {
    const digests = [[new Set(['a'])], [new Set(['b'])], [new Map([['a', 1]])], [new Map([['a', 2]])], [{}]].map(
      (inputs) => inputsDigest('k', inputs),
    );
    expect(new Set(digests).size).toBe(5);
    expect(inputsDigest('k', [new Set(['a'])])).toBe(digests[0]);
    expect(inputsDigest('other', [new Set(['a'])])).not.toBe(digests[0]);
  });

  it('starts afresh when the code that made it changed, or its file cannot be read', () => {
    const file = cacheFile();
    const old = openRenderCache(file, 'v1');
    old.get('note', ['x'], () => 'by v1');
    old.save();
    expect(openRenderCache(file, 'v2').get('note', ['x'], () => 'by v2')).toBe('by v2');
    writeFileSync(file, 'not a cache');
    expect(openRenderCache(file, 'v1').get('note', ['x'], () => 'worked out')).toBe('worked out');
  });

  it('serves nothing from a file cut short (a full disk)', () => {
    const file = cacheFile();
    const first = openRenderCache(file, 'v1');
    first.get('note', ['x'], () => 'whole');
    first.get('note', ['y'], () => 'cut');
    first.save();
    truncateSync(file, statSync(file).size - 1);
    const second = openRenderCache(file, 'v1');
    expect(second.get('note', ['x'], () => 'worked out')).toBe('worked out');
    expect(second.hits).toBe(0);
  });

  it('keeps only what `keep` accepts, and only what this build asked for', () => {
    const file = cacheFile();
    const first = openRenderCache(file, 'v1');
    first.get(
      'note',
      ['with a problem'],
      () => ({ messages: ['bad link'] }),
      (n) => n.messages.length === 0,
    );
    first.get('note', ['unused later'], () => 'kept');
    first.save();
    const second = openRenderCache(file, 'v1');
    second.get('note', ['with a problem'], () => ({ messages: ['bad link'] }));
    second.save();
    expect(second.hits).toBe(0);
    const third = openRenderCache(file, 'v1');
    third.get('note', ['unused later'], () => 'worked out again');
    expect(third.misses).toBe(1);
  });

  it('lets go of its results once saved, and works out what is asked after', () => {
    const cache = openRenderCache(cacheFile(), 'v1');
    cache.get('note', ['x'], () => 'first');
    cache.save();
    expect(cache.get('note', ['x'], () => 'worked out')).toBe('worked out');
  });

  it('hands out a copy: a change to a result reaches neither the next one nor the file', () => {
    const file = cacheFile();
    const first = openRenderCache(file, 'v1');
    first.get('note', ['x'], () => ({ list: [1] })).list.push(2);
    first.save();
    const second = openRenderCache(file, 'v1');
    second.get('note', ['x'], () => ({ list: [0] })).list.push(3);
    expect(second.get('note', ['x'], () => ({ list: [0] }))).toEqual({ list: [1] });
  });
});

describe('the code version', () => {
  it('changes with any file under src/, the config or the installed packages', () => {
    const root = mkdtempSync(join(tmpdir(), 'code-version-'));
    mkdirSync(join(root, 'src', 'markdown'), { recursive: true });
    writeFileSync(join(root, 'src', 'markdown', 'note-processor.ts'), 'export const a = 1;');
    writeFileSync(join(root, 'astro.config.mjs'), 'export default {};');
    const versions = [codeVersion(root)];
    writeFileSync(join(root, 'src', 'markdown', 'note-processor.ts'), 'export const a = 2;');
    versions.push(codeVersion(root));
    writeFileSync(join(root, 'astro.config.mjs'), "export default { base: '/x/' };");
    versions.push(codeVersion(root));
    writeFileSync(join(root, 'package-lock.json'), '{}');
    versions.push(codeVersion(root));
    expect(new Set(versions).size).toBe(4);
    expect(codeVersion(root)).toBe(versions[3]);
  });
});

describe('the site data, built with the render cache', () => {
  const content = readContent();
  const uncached = buildSite(rawEntries(content), { cache: NO_CACHE });

  it('is the same as without it, cold and warm', () => {
    const file = cacheFile();
    const cold = openRenderCache(file, 'v1');
    const fromCold = buildSite(rawEntries(content), { cache: cold });
    cold.save();
    const warm = openRenderCache(file, 'v1');
    const fromWarm = buildSite(rawEntries(content), { cache: warm });
    expect(warm.misses).toBe(0);
    expect(warm.hits).toBe(cold.misses);
    // Deep equality with prototypes: what comes out of the cache is what was made.
    expect(isDeepStrictEqual(fromCold.data, uncached.data)).toBe(true);
    expect(isDeepStrictEqual(fromWarm.data, uncached.data)).toBe(true);
  });

  /** A cache file a build of the real content filled. */
  const filledCache = () => {
    const file = cacheFile();
    const cold = openRenderCache(file, 'v1');
    buildSite(rawEntries(content), { cache: cold });
    cold.save();
    return file;
  };

  it('shows an edited note, on the quote and in the article, and renders nothing else again', () => {
    const file = filledCache();
    const edited = withChange(content, {
      edit: { 'quotes/lavrov-utmost-care.yaml': [['^annotation: \\|\\n  ', '$&Edited words. ']] },
    });
    const warm = openRenderCache(file, 'v1');
    const made: string[] = [];
    const watched: RenderCache = {
      get: (kind, inputs, compute, keep) =>
        warm.get(kind, inputs, () => (made.push(`${kind} ${String(inputs[1])}`), compute()), keep),
    };
    const fromWarm = buildSite(rawEntries(edited), { cache: watched });
    expect(isDeepStrictEqual(fromWarm.data, buildSite(rawEntries(edited)).data)).toBe(true);
    const quote = fromWarm.data.quotes.find((q) => q.id === 'lavrov-utmost-care')!;
    expect(quote.annotation.text).toMatch(/^Edited words\. /);
    expect(quote.article.html).toContain('Edited words. ');
    // The edited note (for its page, and as the history compares it), and the article that
    // shows it; every other render came from the cache.
    expect(made.sort()).toEqual([
      'article content/articles/putin-zelensky-meeting.md',
      'note content',
      'note content/quotes/lavrov-utmost-care.yaml',
    ]);
  });

  it('renders every article again when a glossary entry they all link to changes', () => {
    const file = filledCache();
    // A mention's preview shows the entry's role: shared data, in every article that names him.
    const edited = withChange(content, {
      edit: { 'glossary/dmitry-medvedev.yaml': [['^role: .*$', 'role: Edited role']] },
    });
    const warm = openRenderCache(file, 'v1');
    const fromWarm = buildSite(rawEntries(edited), { cache: warm });
    expect(isDeepStrictEqual(fromWarm.data, buildSite(rawEntries(edited)).data)).toBe(true);
    expect(fromWarm.data.articles[0]!.html).toContain('Edited role');
    expect(warm.misses).toBeGreaterThan(0);
  });
});
