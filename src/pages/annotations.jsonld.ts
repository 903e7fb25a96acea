import type { APIRoute } from 'astro';
import { getSiteData } from '../site/site-data.ts';
import { annotationCollection } from '../open-data/annotations.ts';

/** Every quote note as a W3C Web Annotation (src/open-data/annotations.ts). */
export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(annotationCollection(await getSiteData(), site), null, 2)}\n`, {
    headers: { 'content-type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  });
