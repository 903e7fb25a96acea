/**
 * The pages and files the site publishes that are not one entry's own, listed once: the
 * content checks accept links to them, the sitemap leaves out the plumbing, the data
 * pages are generated from the names here.
 */

/** The published data sets: `/data/<name>.json`, each with `/data/<name>.schema.json`. */
export const DATA_SETS = ['quotes', 'glossary', 'timeline'] as const;
export type DataSet = (typeof DATA_SETS)[number];

/** Every file under /data/ by name (without `.json`): the data sets, their schemas, the citations. */
export const DATA_FILE_NAMES: readonly string[] = [...DATA_SETS, ...DATA_SETS.map((n) => `${n}.schema`), 'citations'];

/** The site path of a file under /data/: `/data/quotes.json`. */
export const dataFilePath = (name: string) => `/data/${name}.json`;

/** How we correct: the corrections policy, linked from every corrections note. */
export const POLICY_PATH = '/corrections/policy/';

/** Every article with corrections to it or its quotes, each linking to its corrections page. */
export const CORRECTIONS_ARTICLES_PATH = '/corrections/articles/';

/** The Web Annotations of every quote note. */
export const ANNOTATIONS_PATH = '/annotations.jsonld';

/** Pages and files for readers and their tools: indexes, search, corrections, data, feeds. */
export const SITE_PAGES: readonly string[] = [
  '/',
  '/articles/',
  '/quotes/',
  '/glossary/',
  '/timeline/',
  '/search/',
  '/corrections/',
  POLICY_PATH,
  CORRECTIONS_ARTICLES_PATH,
  '/data/',
  ...DATA_FILE_NAMES.map(dataFilePath),
  '/feed.xml',
  ANNOTATIONS_PATH,
];

/**
 * Files the build writes for its own use, not for readers: the search records (consumed
 * and removed by the search index), the spellings table the search code loads, the days
 * pages changed (for the sitemap) and the lists of citation files and share cards (written
 * out and removed after the build).
 */
export const PLUMBING_FILES = [
  '/search-records.json',
  '/search-spellings.json',
  '/page-dates.json',
  '/citation-files.json',
  '/share-cards.json',
] as const;

/** The day each corrected page last changed, which the sitemap's `<lastmod>`s are written from. */
export const PAGE_DATES_FILE = '/page-dates.json';
