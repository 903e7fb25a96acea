import { articleCitationRoute } from '../../../citations/dev-citation-routes.ts';

/** The article's citation as a CSL-JSON file, in `astro dev` (the build writes it with the others). */
export const { getStaticPaths, GET } = articleCitationRoute('json');
