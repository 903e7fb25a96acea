import type { Loader } from 'astro/loaders';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';

/**
 * A content loader for the articles' Markdown files that keeps each file's frontmatter and
 * body and renders nothing: the site renders articles through its own pipeline
 * (src/markdown/article-processor.ts), so the glob loader's render of every file at sync
 * time, and the rendered HTML it keeps in the content store, were work done for nothing
 * (about a third of a second an article). Ids are file names without `.md`, as glob gives them.
 */
export function markdownFiles(base: string): Loader {
  return {
    name: 'markdown-files',
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const sync = async () => {
        store.clear();
        for (const name of readdirSync(base)
          .filter((f) => f.endsWith('.md'))
          .sort()) {
          const path = join(base, name);
          const text = readFileSync(path, 'utf8');
          const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
          const id = name.slice(0, -'.md'.length);
          let frontmatter: Record<string, unknown> = {};
          try {
            frontmatter = (match ? parse(match[1]!) : {}) ?? {};
          } catch (error) {
            // The site's own checks report unreadable frontmatter with its line; keep the entry.
            logger.warn(`${path}: ${(error as Error).message}`);
          }
          const data = await parseData({ id, data: frontmatter, filePath: path });
          store.set({
            id,
            data,
            body: match ? text.slice(match[0].length) : text,
            filePath: relative(process.cwd(), path),
            digest: generateDigest(text),
          });
        }
      };
      await sync();
      // In `astro dev`, an edit to an article reloads them all (a handful of files).
      const folder = resolve(base);
      watcher?.on('all', (_event, changed) => {
        if (resolve(changed).startsWith(folder) && changed.endsWith('.md')) void sync();
      });
    },
  };
}
