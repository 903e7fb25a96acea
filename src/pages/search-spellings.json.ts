import type { APIRoute } from 'astro';
import { getSiteData } from '../site/site-data.ts';
import { spellingTable } from '../search/spellings.ts';

/**
 * The other spellings of the glossary's names and the words search may suggest, loaded by
 * the search code together with the index (about 1 KB gzipped), never before a search.
 */
export const GET: APIRoute = async () => {
  const { glossary } = await getSiteData();
  const table = spellingTable(
    glossary.map((p) => ({
      name: p.entry.data.name,
      aliases: p.entry.data.aliases,
      spellings: p.entry.data.spellings,
    })),
  );
  return new Response(JSON.stringify(table), { headers: { 'content-type': 'application/json' } });
};
