import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/**
 * The layer order of src/, as README.md writes it (“The code, layer by layer”), holds:
 * a module imports only from its own folder or from folders on lower layers, and no
 * modules import each other in a circle. The README is the one statement of the order,
 * so the two cannot drift apart.
 */

/** Every layer's folders, lowest first, from the README's numbered list. */
function layersFromReadme(): string[][] {
  const readme = readFileSync('README.md', 'utf8');
  const section = /^## The code, layer by layer\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1];
  if (!section) throw new Error('README.md has no “## The code, layer by layer” section');
  return [...section.matchAll(/^\d+\. (.*)$/gm)].map((m) =>
    [...m[1]!.split(':')[0]!.matchAll(/`([^`]+)\/`/g)].map((f) => f[1]!),
  );
}

/** Every source file of src/ with the src/ files it imports (relative imports only). */
function imports(): Map<string, string[]> {
  const files = new Map<string, string[]>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|astro)$/.test(name)) {
        const text = readFileSync(path, 'utf8');
        const targets = [...text.matchAll(/(?:from\s+|import\s*\(?\s*(?:\/\*.*?\*\/\s*)?)['"](\.{1,2}\/[^'"?]+)/g)].map(
          (m) => normalize(join(dirname(path), m[1]!)),
        );
        files.set(path, targets);
      }
    }
  };
  walk('src');
  return files;
}

/** The folder of src/ a file is in (`core`), or `.` for src/'s own files. */
const folderOf = (file: string) => (relative('src', file).includes('/') ? relative('src', file).split('/')[0]! : '.');

describe('the layers of src/', () => {
  const layers = layersFromReadme();
  const rank = new Map(layers.flatMap((folders, i) => folders.map((f) => [f, i] as const)));
  const graph = imports();

  it('name every folder of src/ once', () => {
    const folders = readdirSync('src').filter((f) => statSync(join('src', f)).isDirectory());
    expect([...rank.keys()].sort()).toEqual(folders.sort());
    expect(rank.size).toBe(layers.flat().length);
  });

  it('only ever import downward: from the same folder or a lower layer', () => {
    const upward: string[] = [];
    for (const [file, targets] of graph) {
      const from = folderOf(file);
      for (const target of targets) {
        const to = folderOf(target);
        if (to === from || target.endsWith('.css')) continue;
        // src/'s own files (the content config, the middleware) sit above every layer.
        if (from === '.') continue;
        if (!(rank.get(to)! < rank.get(from)!))
          upward.push(
            `${file} → ${target} (${from} is on layer ${rank.get(from)! + 1}, ${to} on layer ${rank.get(to)! + 1})`,
          );
      }
    }
    expect(upward).toEqual([]);
  });

  it('have no modules that import each other in a circle', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        circles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const target of graph.get(file) ?? []) if (graph.has(target)) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(circles).toEqual([]);
  });
});
