import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ROOT } from './workspace.ts';

/** The real article every synthetic one is copied from. */
export const SOURCE_ARTICLE = 'putin-zelensky-meeting';

/**
 * A copy of all of `content/` with `count` more articles, each a copy of the real one
 * under its own slug and title, with its own copy of every quote pointing at it: so each
 * synthetic article has its own quote pages, quote anchors and glossary mentions, like a
 * real one. Timeline events keep citing only the original. The copies repeat the same
 * words, so the search index grows by records, not vocabulary: a floor on real growth.
 * Returns the folder, for CONTENT_DIR.
 */
export function syntheticContent(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), `bench-content-${count}-`));
  const content = join(ROOT, 'content');
  cpSync(content, dir, { recursive: true });
  const article = readFileSync(join(content, 'articles', `${SOURCE_ARTICLE}.md`), 'utf8');
  const quotes = readdirSync(join(content, 'quotes'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => [basename(f, '.yaml'), readFileSync(join(content, 'quotes', f), 'utf8')] as const)
    .filter(([, text]) => pointsAt(text, SOURCE_ARTICLE));

  const width = String(count).length;
  for (let i = 1; i <= count; i++) {
    const n = String(i).padStart(width, '0');
    const slug = `${SOURCE_ARTICLE}-copy-${n}`;
    writeFileSync(join(dir, 'articles', `${slug}.md`), retitle(article, `Copy ${n}: `));
    for (const [id, text] of quotes) {
      writeFileSync(join(dir, 'quotes', `${id}-copy-${n}.yaml`), repoint(text, SOURCE_ARTICLE, slug));
    }
  }
  return dir;
}

/** `article: <slug>` lines, at the top level or as a `- article:` source entry. */
const articleLine = (slug: string) => new RegExp(`^(\\s*(?:- )?article: )${slug}$`, 'gm');

const pointsAt = (yaml: string, slug: string) => articleLine(slug).test(yaml);

/** The quote pointed at another article: its `article:` and its article paragraph sources. */
const repoint = (yaml: string, from: string, to: string) => yaml.replace(articleLine(from), `$1${to}`);

/** The article with a prefix on its title, so each copy has a title of its own. */
function retitle(markdown: string, prefix: string): string {
  const titled = markdown.replace(/^title: "/m, `title: "${prefix}`);
  if (titled === markdown) throw new Error(`content/articles/${SOURCE_ARTICLE}.md has no \`title: "…"\` line to copy`);
  return titled;
}
