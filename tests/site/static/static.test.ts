import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtPages, EDITION_PAGE, editionStandIns, fileFor, parsePage, ARTICLE } from '../../helpers/built-site.ts';
import { checkBuild } from '../../../scripts/links.ts';
import { toString } from 'hast-util-to-string';
import { parse as parseYaml } from 'yaml';
import { EVENT_KINDS } from '../../../src/core/vocabulary.ts';

/**
 * Checks of the built site that read its files and need no browser: HTML validity, links
 * and fragments, ids, share metadata and cards, the CSP, the sitemap, robots.txt and the
 * feed, and the published-links manifest. Each check runs over every page and reports
 * every finding at once.
 */
const pages = builtPages();
const trees = new Map(pages.map((p) => [p, parsePage(p)]));
const tree = (path: string) => trees.get(path) ?? parsePage(path);

describe('the built pages', () => {
  it('are all found', () => {
    expect(pages).toContain('/');
    expect(pages).toContain(ARTICLE);
    expect(pages).toContain('/corrections/');
  });

  it('are valid HTML (html-validate, recommended rules)', async () => {
    // The rules come from .htmlvalidate.json, as for the html-validate command line.
    // Edition pages, a third of the site, are one layout: the largest of each collection's stands for them.
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    const standIns = editionStandIns(pages);
    for (const path of pages.filter((p) => !EDITION_PAGE.test(p) || standIns.has(p))) {
      const report = await validator.validateFile(fileFor(path)!);
      errors.push(
        ...report.results.flatMap((r) =>
          r.messages.map((m) => `${path} ${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
        ),
      );
    }
    expect(errors).toEqual([]);
    const broken = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div>bad nesting</div></p></body></html>',
      'dist/check.html',
    );
    expect(broken.valid, 'the validator catches errors').toBe(false);
  });

  it('link only to pages and fragments that exist', () => {
    const broken: string[] = [];
    const ids = new Map<string, Set<string>>();
    const idsOf = (path: string) =>
      ids.get(path) ??
      ids.set(path, new Set(selectAll('[id]', tree(path)).map((el) => String(el.properties.id)))).get(path)!;
    for (const page of pages) {
      for (const a of selectAll('a[href]', tree(page))) {
        const href = String(a.properties.href);
        if (/^(https?:|mailto:)/.test(href)) continue;
        const url = new URL(href, `http://site${page}`);
        if (!fileFor(url.pathname)) {
          broken.push(`${page}: ${href} (no page)`);
          continue;
        }
        const id = decodeURIComponent(url.hash.slice(1)).split(':~:')[0]!;
        if (id && !idsOf(url.pathname).has(id)) broken.push(`${page}: ${href} (no #${id})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('have unique ids', () => {
    const duplicates: string[] = [];
    for (const page of pages) {
      const seen = new Set<string>();
      for (const el of selectAll('[id]', tree(page))) {
        const id = String(el.properties.id);
        if (seen.has(id)) duplicates.push(`${page}#${id}`);
        seen.add(id);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it('carry a strict Content Security Policy', () => {
    const weak: string[] = [];
    for (const page of pages) {
      const csp = String(select('meta[http-equiv="content-security-policy"]', tree(page))?.properties.content ?? '');
      if (!csp.includes("default-src 'self'") || !/script-src 'self'/.test(csp) || csp.includes('unsafe-inline'))
        weak.push(`${page}: ${csp || 'no CSP'}`);
    }
    expect(weak).toEqual([]);
  });

  it('never glue a link to the word before or after it (lost whitespace)', () => {
    const glued: string[] = [];
    const letter = /[\p{L}\p{N}]/u;
    for (const page of pages) {
      for (const parent of selectAll('*', tree(page))) {
        const kids = parent.children ?? [];
        kids.forEach((kid, i) => {
          if (kid.type !== 'element' || kid.tagName !== 'a') return;
          const before = kids[i - 1];
          const after = kids[i + 1];
          const text = (n: typeof before) => (n?.type === 'text' ? n.value : '');
          const linkText = kid.children[0]?.type === 'text' ? kid.children[0].value : '';
          if (letter.test(text(before).slice(-1)))
            glued.push(`${page}: “…${text(before).slice(-12)}” + link “${linkText.slice(0, 20)}”`);
          if (letter.test(text(after).charAt(0)))
            glued.push(`${page}: link “${linkText.slice(0, 20)}” + “${text(after).slice(0, 12)}…”`);
        });
      }
    }
    expect(glued).toEqual([]);
  });

  it('mark external links noopener noreferrer', () => {
    const bad: string[] = [];
    for (const page of pages) {
      for (const a of selectAll('a[href^="http"]', tree(page))) {
        const rel = String((a.properties.rel as string[] | undefined)?.join(' ') ?? '');
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) bad.push(`${page}: ${a.properties.href}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

/** Width and height of a PNG, read from its header. */
function pngSize(file: string): { width: number; height: number; signature: string } {
  const bytes = readFileSync(file);
  return {
    signature: bytes.subarray(1, 4).toString('ascii'),
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
  };
}

describe('share cards and discovery', () => {
  it('every page has Open Graph and Twitter tags, a canonical URL and a 1200×630 PNG card', () => {
    const missing: string[] = [];
    for (const path of pages) {
      const t = tree(path);
      const meta = (key: string) =>
        select(`meta[property="${key}"], meta[name="${key}"]`, t)?.properties.content as string | undefined;
      // The 404 page is shown at any address: it has no address of its own to give.
      const own = path === '/404.html' ? [] : ['og:url'];
      for (const key of [
        'og:title',
        'og:description',
        ...own,
        'og:image',
        'og:image:alt',
        'twitter:card',
        'twitter:image',
      ])
        if (!meta(key)) missing.push(`${path}: ${key}`);
      if (path === '/404.html' && (meta('og:url') || select('link[rel="canonical"]', t)))
        missing.push(`${path}: has a canonical URL`);
      if (meta('twitter:card') !== 'summary_large_image') missing.push(`${path}: twitter:card`);
      const image = meta('og:image') && new URL(meta('og:image')!).pathname;
      const file = image && fileFor(image);
      if (!file) missing.push(`${path}: card ${image}`);
      else if (JSON.stringify(pngSize(file)) !== JSON.stringify({ signature: 'PNG', width: 1200, height: 630 }))
        missing.push(`${path}: card size`);
      if (select('link[rel="canonical"]', t)?.properties.href !== meta('og:url'))
        missing.push(`${path}: canonical ≠ og:url`);
    }
    expect(missing).toEqual([]);
  });

  it('publishes a sitemap of every reading page, robots.txt and a feed', () => {
    const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
    const locs = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toContain(ARTICLE);
    expect(locs).toContain('/quotes/trump-best-friends/');
    expect(locs).not.toContain('/404/');
    expect(readFileSync('dist/robots.txt', 'utf8')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
    const feed = readFileSync('dist/feed.xml', 'utf8');
    expect(feed).toContain(
      '<title>Putin Calls Zelensky the West’s Illegitimate Puppet. Can He Talk Peace With Him?</title>',
    );
    expect(feed).toContain(`${ARTICLE}</link>`);
  });
});

describe('links that last', () => {
  it('every published link still resolves, and the manifest is current', () => {
    expect(checkBuild()).toBe('');
  });

  it('leave no build plumbing behind: the search records and the lists of citation files and share cards are used up', () => {
    // The citation files themselves are checked where pages link them (above) and read by
    // Citation.js (exports); the cards where every page names its own (share cards, above).
    for (const file of ['search-records.json', 'citation-files.json', 'share-cards.json'])
      expect(existsSync(join('dist', file)), file).toBe(false);
  });
});

describe('every annotation is in place (what per-entry browser visits used to check)', () => {
  const article = tree(ARTICLE);

  it('each quote page leads to its quote, anchored in the article as a highlighted span', () => {
    const problems: string[] = [];
    for (const path of pages.filter((p) => /^\/quotes\/[^/]+\/$/.test(p))) {
      const context = select('a.button[href*="#"]', tree(path));
      if (!context) continue; // a withdrawn quote's notice
      const id = String(context.properties.href).split('#')[1]!;
      const span = select(`[id="${id}"]`, article);
      if (span?.tagName !== 'span' || !(span.properties.className as string[]).includes('quote'))
        problems.push(`${path}: #${id} is not a quote in the article`);
    }
    expect(problems).toEqual([]);
  });

  it('each timeline event has its id on the timeline page', () => {
    const ids = new Set(selectAll('li.event[id]', tree('/timeline/')).map((el) => el.properties.id));
    const events = readdirSync('content/timeline').map((f) => f.replace(/\.yaml$/, ''));
    expect(events.filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('the timeline stays light, with nothing a link away lost', () => {
  const events = readdirSync('content/timeline').map((f) => ({
    id: f.replace(/\.yaml$/, ''),
    ...(parseYaml(readFileSync(`content/timeline/${f}`, 'utf8')) as {
      sources: { excerpt?: string; translation?: string; paragraph?: string }[];
      corrections?: { what: string; why: string }[];
      withdrawn?: unknown;
    }),
  }));
  const live = events.filter((e) => !e.withdrawn);
  const text = (el: Parameters<typeof toString>[0] | undefined) => (el ? toString(el).replace(/\s+/g, ' ') : '');

  it('/timeline/ is under 200 KB of HTML, and each kind filter page under it', () => {
    // The page once carried every source's excerpt and every correction: 234 KB.
    const kb = (path: string) => statSync(fileFor(path)!).size / 1024;
    expect(kb('/timeline/')).toBeLessThan(200);
    const filters = EVENT_KINDS.map((k) => `/timeline/${k}/`).filter((p) => pages.includes(p));
    expect(filters.length).toBeGreaterThan(0);
    for (const path of filters) expect(kb(path), path).toBeLessThan(kb('/timeline/'));
  });

  it('each event on the timeline leads to its own page, with every source and its evidence', () => {
    const problems: string[] = [];
    const timeline = tree('/timeline/');
    for (const e of live) {
      const item = select(`li.event[id="${e.id}"]`, timeline)!;
      const link = select(`a[href="/timeline/${e.id}/#sources"]`, item);
      if (!link || !text(link).startsWith(`Sources (${e.sources.length})`))
        problems.push(`${e.id}: no link to sources`);
      const page = tree(`/timeline/${e.id}/`);
      const list = select('#sources ~ ul.sources', page);
      const shown = list ? selectAll(':scope > li', list) : [];
      if (shown.length !== e.sources.length) problems.push(`${e.id}: ${shown.length} of ${e.sources.length} sources`);
      const words = text(list);
      for (const s of e.sources)
        for (const part of [s.excerpt, s.translation])
          if (part && !words.includes(part.replace(/\s+/g, ' '))) problems.push(`${e.id}: “${part.slice(0, 30)}…”`);
      // The timeline shows no source's evidence itself: that is what keeps it light.
      if (select('blockquote, details', item)) problems.push(`${e.id}: evidence on the timeline`);
    }
    expect(problems).toEqual([]);
  });

  it('each correction keeps its id on the timeline, and leads to the correction in full on the event’s page', () => {
    const problems: string[] = [];
    const timeline = tree('/timeline/');
    for (const e of events.filter((x) => x.corrections?.length)) {
      if (!select(`[id="${e.id}-corrections"]`, timeline)) problems.push(`${e.id}: no list`);
      const items = selectAll(`li[id^="${e.id}-corrections-"]`, timeline);
      if (items.length !== e.corrections!.length) problems.push(`${e.id}: ${items.length} corrections listed`);
      const page = tree(`/timeline/${e.id}/`);
      for (const item of items) {
        const href = String(select('a', item)?.properties.href ?? '');
        const [path, id] = href.split('#');
        if (path !== `/timeline/${e.id}/`) problems.push(`${item.properties.id}: leads to ${href}`);
        const full = text(select(`[id="${id}"]`, page));
        const c = e.corrections!.find((x) => full.includes(x.what.replace(/\s+/g, ' ')));
        if (!c || !full.includes(c.why.replace(/\s+/g, ' ')))
          problems.push(`${item.properties.id}: not in full at ${href}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('translated quotes show the speaker’s own words', () => {
  const quotes = readdirSync('content/quotes').map((f) => ({
    id: f.replace(/\.yaml$/, ''),
    ...(parseYaml(readFileSync(`content/quotes/${f}`, 'utf8')) as {
      spoken: { language: string; original?: { text: string }; notFound?: string };
    }),
  }));
  const translated = quotes.filter((q) => q.spoken.original);
  const article = tree(ARTICLE);
  const text = (el: Parameters<typeof toString>[0] | undefined) => (el ? toString(el).replace(/\s+/g, ' ').trim() : '');
  // Russian and Ukrainian quote in guillemets, the record's closing full stop outside them.
  const marked = (original: string) => `«${original.replace(/\.$/, '')}»`;

  it('include at least the five quotes spoken in Russian or Ukrainian the review named', () => {
    expect(translated.map((q) => q.id).sort()).toEqual([
      'lavrov-utmost-care',
      'putin-legitimate-authorities',
      'putin-ready-final-stage',
      'zelensky-meet-without-conditions',
      'zelensky-no-preconditions',
    ]);
  });

  it('beside the quote on its page and in its note on the article page, lang-marked, in guillemets', () => {
    const problems: string[] = [];
    for (const q of translated) {
      const { language, original } = q.spoken;
      const expected = marked(original!.text);
      const page = tree(`/quotes/${q.id}/`);
      // Next to the quote: straight after its byline, before the facts and the notes.
      const section = select('.quote-hero ~ section.as-spoken', page);
      const onPage = section && select(`blockquote[lang="${language}"]`, section);
      if (text(onPage) !== expected) problems.push(`/quotes/${q.id}/: ${text(onPage) || 'no original'}`);
      const note = select(`details.quote-note[data-quote="${q.id}"] blockquote[lang="${language}"]`, article);
      if (text(note) !== expected) problems.push(`${ARTICLE} note on ${q.id}: ${text(note) || 'no original'}`);
    }
    expect(problems).toEqual([]);
  });

  it('say in plain words what was looked for where no original was found, on the page and in the note', () => {
    const problems: string[] = [];
    for (const q of quotes.filter((x) => x.spoken.notFound)) {
      const page = text(select('section.as-spoken', tree(`/quotes/${q.id}/`)));
      const words = q.spoken.notFound!.replace(/\s+/g, ' ');
      if (!page.includes(words) || !/not (known|found)/.test(page)) problems.push(`/quotes/${q.id}/: ${page}`);
      // The article's note says so and leads to what we looked for (the page's weight is budgeted).
      const note = select(`details.quote-note[data-quote="${q.id}"] .note-body`, article)!;
      const more = select(`a[href="/quotes/${q.id}/#as-spoken"]`, note);
      if (!/As spoken(, in \w+: not found|: language not known)/.test(text(note)) || !more)
        problems.push(`${ARTICLE} note on ${q.id}`);
    }
    expect(problems).toEqual([]);
  });

  it('preview the original on the quote cards, and publish it in /data/quotes.json and as a second Web Annotation body', () => {
    const cards = selectAll('.quote-card', tree('/quotes/')).map(text);
    const data = JSON.parse(readFileSync('dist/data/quotes.json', 'utf8')) as {
      items: { id: string; spoken: { language: string; original?: { text: string; source: { url: string } } } }[];
    };
    const annotations = JSON.parse(readFileSync('dist/annotations.jsonld', 'utf8')) as {
      first: { items: { id: string; body: { language: string; value: string }[] }[] };
    };
    for (const q of translated) {
      const { language, original } = q.spoken;
      expect(
        cards.some((c) => c.includes(marked(original!.text))),
        q.id,
      ).toBe(true);
      const item = data.items.find((i) => i.id === q.id)!;
      expect(item.spoken).toMatchObject({ language, original: { text: original!.text } });
      const note = annotations.first.items.find((a) => a.id.endsWith(`#${q.id}`))!;
      expect(note.body[1]).toEqual({
        type: 'TextualBody',
        format: 'text/plain',
        language,
        purpose: 'describing',
        value: original!.text,
      });
    }
    // Every quote says what language it was spoken in.
    expect(data.items.every((i) => /^[a-z]{2,3}$/.test(i.spoken.language))).toBe(true);
  });
});

describe('styles', () => {
  it('the dark scheme changes colour tokens only, so a colour check in dark covers it', () => {
    const css = readdirSync('dist/_astro')
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join('dist/_astro', f), 'utf8'))
      .join('\n');
    const inline = pages.flatMap((p) =>
      selectAll('style', tree(p)).map((s) => (s.children[0] as { value?: string } | undefined)?.value ?? ''),
    );
    const blocks = [
      ...[css, ...inline]
        .join('\n')
        .matchAll(/@media[^{]*prefers-color-scheme:\s*dark[^{]*\{((?:[^{}]*\{[^{}]*\})*)[^{}]*\}/g),
    ].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThan(0);
    const declarations = blocks.flatMap((b) =>
      [...b.matchAll(/\{([^}]*)\}/g)].flatMap((m) =>
        m[1]!
          .split(';')
          .map((d) => d.trim())
          .filter(Boolean),
      ),
    );
    expect(declarations.filter((d) => !d.startsWith('--'))).toEqual([]);
  });
});

describe('corrected entries', () => {
  /** Every content entry with corrections: its page, the number of its corrections, and their days. */
  const corrected = ['quotes', 'glossary', 'timeline'].flatMap((collection) =>
    readdirSync(`content/${collection}`).flatMap((file) => {
      const data = parseYaml(readFileSync(`content/${collection}/${file}`, 'utf8')) as {
        corrections?: { date: string }[];
        withdrawn?: unknown;
      };
      const id = file.replace(/\.yaml$/, '');
      const n = data.corrections?.length ?? 0;
      return n > 0 ? [{ collection, id, n, withdrawn: !!data.withdrawn, latest: data.corrections![0]!.date }] : [];
    }),
  );

  it('have every edition at its permanent address, each saying which it is and leading to the current page', () => {
    const problems: string[] = [];
    for (const e of corrected) {
      for (let k = 1; k <= e.n + 1; k++) {
        const path = `/${e.collection}/${e.id}/editions/${k}/`;
        if (!pages.includes(path)) {
          problems.push(`${path}: missing`);
          continue;
        }
        const banner = toString(select('.edition-banner', tree(path))!);
        if (!banner.startsWith(`Edition ${k} of ${e.n + 1}`)) problems.push(`${path}: banner “${banner.slice(0, 40)}”`);
        const current = `/${e.collection}/${e.id}/`;
        if (!selectAll('.edition-banner a', tree(path)).some((a) => a.properties.href === current))
          problems.push(`${path}: no link to ${current}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('say in their structured data when they changed, with a CorrectionComment per correction', () => {
    const problems: string[] = [];
    for (const e of corrected.filter((c) => !c.withdrawn)) {
      const ld = JSON.parse(toString(select('script[type="application/ld+json"]', tree(`/${e.collection}/${e.id}/`))!));
      if (ld.dateModified !== e.latest) problems.push(`${e.id}: dateModified ${ld.dateModified}`);
      if (
        ld.correction?.length !== e.n ||
        ld.correction.some((c: { '@type': string }) => c['@type'] !== 'CorrectionComment')
      )
        problems.push(`${e.id}: corrections`);
    }
    // The timeline's graph names each event by the same @id as its page, with its last change and its page.
    const timeline = JSON.parse(toString(select('script[type="application/ld+json"]', tree('/timeline/'))!));
    for (const e of corrected.filter((c) => c.collection === 'timeline' && !c.withdrawn)) {
      const event = timeline['@graph'].find((g: { '@id': string }) => g['@id'].endsWith(`/timeline/#${e.id}`));
      const own = JSON.parse(toString(select('script[type="application/ld+json"]', tree(`/timeline/${e.id}/`))!));
      if (event?.dateModified !== e.latest || !event.url.endsWith(`/timeline/${e.id}/`) || own['@id'] !== event['@id'])
        problems.push(`event ${e.id} on /timeline/`);
    }
    expect(problems).toEqual([]);
    // The sitemap gives a corrected page its last change.
    expect(readFileSync('dist/sitemap-0.xml', 'utf8')).toMatch(
      /\/quotes\/zelensky-too-afraid\/<\/loc><lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/,
    );
  });

  it('link the corrections policy from /corrections/ and from every corrections note', () => {
    const policy = '/corrections/policy/';
    expect(pages).toContain(policy);
    const missing = ['/corrections/', ...corrected.map((c) => `/${c.collection}/${c.id}/`)].filter(
      (path) => !selectAll('a', tree(path)).some((a) => a.properties.href === policy),
    );
    expect(missing).toEqual([]);
  });
});
