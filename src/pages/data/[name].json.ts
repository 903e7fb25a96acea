import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../site/site-data.ts';
import { dataFile } from '../../open-data/records.ts';
import { jsonSchema, type DataFile } from '../../open-data/schemas.ts';
import { CSL_JSON_TYPE } from '../../core/media-types.ts';
import { DATA_FILE_NAMES, dataFilePath } from '../../core/pages.ts';
import { absoluteUrl, withBase } from '../../core/urls.ts';
import { allCitationItems } from '../../citations/site-citations.ts';
import { toCslJson } from '../../citations/format.ts';

/**
 * The open data (`/data/`): quotes, glossary and timeline as JSON, each with its JSON
 * Schema (generated from the zod schemas), and every citation as CSL-JSON.
 */
export const getStaticPaths = (() => DATA_FILE_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

const json = (body: string, type = 'application/json') =>
  new Response(body, { headers: { 'content-type': `${type}; charset=utf-8` } });

export const GET: APIRoute = async ({ params, site }) => {
  const name = params.name!;
  if (name === 'citations') return json(toCslJson(allCitationItems(await getSiteData(), site)), CSL_JSON_TYPE);
  if (name.endsWith('.schema')) {
    const file = name.replace(/\.schema$/, '') as DataFile;
    return json(
      `${JSON.stringify(jsonSchema(file, absoluteUrl(withBase(dataFilePath(name)), site)), null, 2)}\n`,
      'application/schema+json',
    );
  }
  return json(`${JSON.stringify(dataFile(await getSiteData(), site, name as DataFile), null, 2)}\n`);
};
