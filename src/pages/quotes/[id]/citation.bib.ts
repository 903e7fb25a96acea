import { quoteCitationRoute } from '../../../citations/dev-citation-routes.ts';

/** The quote's citation as a BibTeX file, in `astro dev` (the build writes it with the others). */
export const { getStaticPaths, GET } = quoteCitationRoute('bib');
