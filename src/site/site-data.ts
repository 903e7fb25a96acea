import { ContentProblems } from '../problems/report.ts';
import { readMovedLinks } from '../links/moved.ts';
import { buildSite } from './build-site.ts';
import { loadEntries, loadPublished } from './load.ts';
import type { Article, SiteData } from './types.ts';
import { openingWords } from '../text/normalize.ts';
import { count, span } from '../core/build-counts.ts';
import { openRenderCache, type RenderCacheFile } from './render-cache.ts';
import { pageKeys, type PageKeys } from './page-keys.ts';

export type * from './types.ts';

let cache: Promise<SiteData> | undefined;

/** What the site's data was made from besides the entries in its lists, for page keys. */
let otherInputs: readonly unknown[] = [];

/**
 * The site's data, built once per build; every page reads from it. This is the one place
 * that turns problems into a failed build: it lists every content problem at once (file,
 * entry, line, fix), then stops.
 */
export function getSiteData(): Promise<SiteData> {
  cache ??= loadEntries().then((raw) => {
    // For the bench: when the site's data was made (pages wait on it, so it falls inside
    // the time pages are rendering, and the bench takes it out of that phase).
    const done = span('site data');
    const moved = readMovedLinks();
    const published = loadPublished();
    const cache = renderCache();
    const { data, problems } = buildSite(raw, { published, moved: moved.moved, cache });
    // A withdrawn entry is in none of the site's lists, but its corrections still show.
    const withdrawnFiles = new Set(data.withdrawn.map((w) => w.file));
    otherInputs = [published, moved.moved, raw.filter((r) => withdrawnFiles.has(r.file)).map((r) => r.source)];
    if (cache) {
      cache.save();
      count('site data renders from the cache', cache.hits);
      count('site data renders made', cache.misses);
    }
    done();
    problems.push(...moved.problems);
    if (problems.length > 0) throw new ContentProblems(problems);
    return data;
  });
  return cache;
}

/** The build's render cache setting, when the build has one (src/integrations/site-data-cache.ts). */
function cacheSetting(): { file: string; version: string } | undefined {
  const setting = import.meta.env.SITE_DATA_CACHE;
  return setting ? (JSON.parse(setting) as { file: string; version: string }) : undefined;
}

function renderCache(): RenderCacheFile | undefined {
  const setting = cacheSetting();
  return setting && openRenderCache(setting.file, setting.version);
}

/**
 * Cache keys for the pages of quotes and articles (src/site/page-keys.ts), so a rebuild
 * skips those whose key is unchanged. Only in builds, with the code's version from the
 * render cache's setting; `astro dev` renders every page. `siteWide`: what the pages show
 * that comes from a layer above this one (the day citations give as accessed).
 */
export async function getPageKeys(siteWide: readonly unknown[]): Promise<PageKeys | undefined> {
  const setting = cacheSetting();
  if (!setting) return undefined;
  const data = await getSiteData();
  return pageKeys(data, {
    version: setting.version,
    settings: [process.env.REPORT_ERRORS_TO ?? null, ...otherInputs, ...siteWide],
  });
}

const lookups = new WeakMap<readonly Article[], ReadonlyMap<string, Article>>();

/**
 * The articles by slug, made once per list: a template that made it on each render did
 * work that grew with the archive on every page (7.5 s of a 1,000-article build).
 */
export function articlesBySlug(articles: readonly Article[]): ReadonlyMap<string, Article> {
  let lookup = lookups.get(articles);
  if (!lookup) lookups.set(articles, (lookup = new Map(articles.map((a) => [a.slug, a]))));
  return lookup;
}

/** The opening words of an article block, to name it in a link. */
export function paragraphExcerpt(article: Article, paragraph: string, words = 8): string {
  const text = article.blocks.find((p) => p.id === paragraph)?.text ?? paragraph;
  return `“${openingWords(text, words)}”`;
}
