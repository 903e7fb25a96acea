import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** Where fixture builds write their sites (removed by their callers). */
const BUILDS = join(process.cwd(), 'node_modules', '.cache', 'fixture-builds');

/** The real build's share cards (Astro's default cache folder). */
const CARDS = 'node_modules/.astro/share-cards';

/** Strip terminal colours so messages can be compared as text. */
const plain = (text: string) => stripVTControlCharacters(text);

/**
 * A content change to try, as an editor would make it: regex edits to existing files
 * (`[find, replace]`, multiline) and whole files to add, relative to `content/`.
 */
export interface ContentChange {
  edit?: Record<string, [string, string][]>;
  add?: Record<string, string>;
}

/** A copy of the repo's `content/` with a change applied; every edit must match. */
export function contentWith(change: ContentChange): string {
  const dir = mkdtempSync(join(tmpdir(), 'fixture-content-'));
  cpSync('content', dir, { recursive: true });
  for (const [file, edits] of Object.entries(change.edit ?? {})) {
    let text = readFileSync(join(dir, file), 'utf8');
    for (const [find, replace] of edits) {
      const pattern = new RegExp(find, 'm');
      if (!pattern.test(text))
        throw new Error(`fixture edit /${find}/ matches nothing in content/${file}: update the fixture`);
      text = text.replace(pattern, replace);
    }
    writeFileSync(join(dir, file), text);
  }
  for (const [file, text] of Object.entries(change.add ?? {})) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

/**
 * Build the site from another content folder and return the exit status and everything
 * the build printed; `inspect` sees the output folder of a successful build.
 */
export function buildWithContent(
  contentDir: string,
  inspect?: (outDir: string) => void,
): { status: number | null; output: string } {
  const result = buildInto(contentDir);
  try {
    if (result.status === 0) inspect?.(result.outDir);
    return { status: result.status, output: result.output };
  } finally {
    rmSync(result.outDir, { recursive: true, force: true });
  }
}

/**
 * Build another content folder (or the real one with other settings, such as a base path)
 * into a new temporary folder; the caller removes `outDir`. Each build has a cache folder
 * of its own, so it neither reuses nor clears the real build's content store; it starts
 * with the real build's share cards, which are named by their content, so only cards
 * whose page differs are drawn again.
 */
export function buildInto(
  contentDir: string,
  env: Record<string, string> = {},
  options: { over?: (outDir: string) => void } & BuildPlace = {},
): BuildResult & { outDir: string } {
  const build = prepareBuild(contentDir, env, options);
  // A build over an earlier one's output: `over` fills the folder first.
  options.over?.(build.outDir);
  try {
    const result = spawnSync('npx', build.args, { env: build.env, encoding: 'utf8', timeout: 120_000 });
    return { status: result.status, output: plain(`${result.stdout}\n${result.stderr}`), outDir: build.outDir };
  } finally {
    build.cleanUp();
  }
}

/** The same build in the background: `outDir` at once, the outcome when it ends. */
export function startBuild(
  contentDir: string,
  env: Record<string, string> = {},
  place: BuildPlace = {},
): { outDir: string; finished: Promise<BuildResult> } {
  const build = prepareBuild(contentDir, env, place);
  const child = spawn('npx', build.args, { env: build.env, timeout: 120_000 });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const finished = new Promise<BuildResult>((resolve) => {
    child.on('close', (status) => {
      build.cleanUp();
      resolve({ status, output: plain(output) });
    });
  });
  return { outDir: build.outDir, finished };
}

export interface BuildResult {
  status: number | null;
  output: string;
}

/**
 * Where a build writes, when not in new folders of its own: over an earlier build's
 * output, with that build's cache folder (a rebuild). The caller removes what it passes.
 */
export interface BuildPlace {
  outDir?: string;
  cacheDir?: string;
}

/** A new folder for a build's output, inside the project (see prepareBuild). */
export function newOutDir(): string {
  mkdirSync(BUILDS, { recursive: true });
  return mkdtempSync(join(BUILDS, 'dist-'));
}

/** A new cache folder, with the real build's share cards. */
export function newCacheDir(): string {
  const cacheDir = mkdtempSync(join(tmpdir(), 'fixture-cache-'));
  if (existsSync(CARDS)) cpSync(CARDS, join(cacheDir, 'share-cards'), { recursive: true });
  return cacheDir;
}

function prepareBuild(contentDir: string, env: Record<string, string>, place: BuildPlace = {}) {
  // Inside the project: Astro stages prerendered chunks in `<outDir>/.prerender` only when
  // outDir is under the working directory (else in the shared `.astro/.prerender`), and
  // that is what lets several builds run at once.
  const outDir = place.outDir ?? newOutDir();
  const cacheDir = place.cacheDir ?? newCacheDir();
  // Vitest puts Vite's own variables (BASE_URL, MODE…) in the environment; a build must
  // not inherit them, or Astro takes BASE_URL from there instead of from its base.
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...inherited } = process.env;
  return {
    outDir,
    args: ['astro', 'build', '--outDir', outDir],
    env: {
      ...inherited,
      CONTENT_DIR: contentDir,
      ASTRO_CACHE_DIR: cacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      ...env,
    },
    cleanUp: () => {
      if (!place.cacheDir) rmSync(cacheDir, { recursive: true, force: true });
    },
  };
}
