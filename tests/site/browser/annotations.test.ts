import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { reader } from '../../helpers/reader.ts';
import { ARTICLE } from '../../helpers/built-site.ts';

/**
 * The exported Web Annotations, checked by a real consumer: Apache Annotator's
 * TextQuoteSelector matcher (@apache-annotator/dom, bundled for the browser with
 * esbuild) anchors every annotation in the built article page in Chromium, in one visit.
 */
interface Annotation {
  id: string;
  target: {
    source: string;
    selector: (
      | { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
      | { type: 'FragmentSelector'; value: string }
    )[];
  };
}

const collection = JSON.parse(readFileSync('dist/annotations.jsonld', 'utf8')) as {
  total: number;
  first: { items: Annotation[] };
};

/** Apache Annotator's DOM package as one script that sets `window.annotator`. */
async function annotatorBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: "export { createTextQuoteSelectorMatcher } from '@apache-annotator/dom';",
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    format: 'iife',
    globalName: 'annotator',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe('Web Annotations (/annotations.jsonld)', () => {
  const site = reader();

  it('every TextQuoteSelector anchors, once, on exactly its quote’s words in the built article (Apache Annotator)', async () => {
    const items = collection.first.items;
    expect(items.length).toBe(collection.total);
    // One annotation per quote, not a sample.
    expect(items.map((a) => a.id.split('#')[1])).toEqual(
      JSON.parse(readFileSync('dist/data/quotes.json', 'utf8')).items.map((q: { id: string }) => q.id),
    );
    const page = await site.open(ARTICLE);
    // Run in the page's world like an extension's content script (the page's CSP does not apply to it).
    await page.evaluate(await annotatorBundle());
    const results = await page.evaluate(async (annotations: Annotation[]) => {
      const { createTextQuoteSelectorMatcher } = (
        window as unknown as {
          annotator: { createTextQuoteSelectorMatcher: (s: object) => (scope: Range) => AsyncIterable<Range> };
        }
      ).annotator;
      const scope = document.createRange();
      scope.selectNodeContents(document.body);
      const out: { id: string; matches: number; text?: string; element?: string; inside?: boolean }[] = [];
      for (const a of annotations) {
        const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
        const fragment = a.target.selector.find((s) => s.type === 'FragmentSelector')!;
        const element = document.getElementById(fragment.value);
        const matches: Range[] = [];
        for await (const match of createTextQuoteSelectorMatcher(quote)(scope)) matches.push(match);
        const [match] = matches;
        out.push({
          id: fragment.value,
          matches: matches.length,
          text: match?.toString(),
          element: element?.textContent ?? undefined,
          inside:
            !!match && !!element && element.contains(match.startContainer) && element.contains(match.endContainer),
        });
      }
      return out;
    }, items);
    expect(results.length).toBe(items.length);
    expect(results.filter((r) => r.matches !== 1 || r.text !== r.element || !r.inside)).toEqual([]);
    await page.close();
  });
});
