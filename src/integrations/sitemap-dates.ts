import type { AstroIntegration } from 'astro';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PAGE_DATES_FILE } from '../core/pages.ts';

/**
 * Put each corrected page's last change into the sitemap as `<lastmod>`, from the dates
 * the build wrote (src/pages/page-dates.json.ts), then remove that file. Listed after the
 * sitemap integration, whose build:done writes the sitemap first.
 */
export default function sitemapDates(): AstroIntegration {
  return {
    name: 'site-sitemap-dates',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        const file = `${out}${PAGE_DATES_FILE.slice(1)}`;
        const dates = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
        for (const name of await readdir(out)) {
          if (!/^sitemap-\d+\.xml$/.test(name)) continue;
          const xml = await readFile(`${out}${name}`, 'utf8');
          const dated = xml.replace(/<loc>([^<]+)<\/loc>/g, (loc, address: string) => {
            const day = dates[new URL(address).pathname];
            return day ? `${loc}<lastmod>${day}</lastmod>` : loc;
          });
          await writeFile(`${out}${name}`, dated);
        }
        await rm(file);
      },
    },
  };
}
