/**
 * One page of each kind, as named in ../shared/BRIEF.md. Kinds the build does not produce
 * (yet) are skipped. The 404 page is fetched by its own file name: a missing address would
 * answer with status 404, and Lighthouse refuses to audit an error response.
 */
export const PAGE_KINDS: [kind: string, path: string][] = [
  ['front', '/'],
  ['article', '/articles/putin-zelensky-meeting/'],
  ['quote', '/quotes/trump-best-friends/'],
  ['quotes index', '/quotes/'],
  ['glossary entry', '/glossary/vladimir-putin/'],
  ['glossary', '/glossary/'],
  ['timeline', '/timeline/'],
  ['search', '/search/'],
  // A search shared by its address, opened cold: results render into room kept for them.
  ['shared search', '/search/?q=Putin&kind=quote'],
  // A name, as a reader types it: the entry first, the results as the dialog would show them.
  ['search for a name', '/search/?q=Putin'],
  ['404', '/404.html'],
];

/** The kind whose first load the weight budget applies to. */
export const BUDGETED_KIND = 'article';
