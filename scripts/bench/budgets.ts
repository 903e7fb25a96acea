import { KB } from './format.ts';

/**
 * The budgets of ../shared/BRIEF.md ("Budgets"). The bench prints every figure against
 * these; it reports and never fails, because timing on a shared machine is not a test.
 */
export const BUDGET = {
  /** Full build, search index included, on two cores. */
  buildSeconds: 15,
  /** The article page's first load, gzipped: everything, and JavaScript alone. */
  articleTotalGzip: 25 * KB,
  articleJsGzip: 5 * KB,
  /** Lighthouse (mobile) score in each category, on every kind of page. */
  lighthouseScore: 100,
};

/** A plain verdict word that stands out in a log. */
export const verdict = (within: boolean) => (within ? 'under' : 'OVER');
