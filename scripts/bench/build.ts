import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { plain } from './format.ts';
import { ROOT, workspace } from './workspace.ts';
import type { BuildClock } from '../../src/integrations/build-clock.ts';

/**
 * Astro started with this very Node (24) rather than through `npx`: outside `npm run`, the
 * `node` on PATH may be the system's Node 20, which Astro 7 refuses.
 */
const ASTRO_BIN = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

export interface BuildResult {
  /** The built site; call `remove()` when done with it. */
  dist: string;
  remove: () => void;
  ok: boolean;
  timedOut: boolean;
  /** Wall-clock seconds. */
  seconds: number;
  /**
   * CPU seconds the build used (user + system, its children included): the work done,
   * which other people's load on the machine inflates far less than wall-clock time.
   * Undefined where /proc is not available.
   */
  cpuSeconds?: number;
  /** Seconds per phase, from the build's own clock (src/integrations/build-clock.ts); the last is the exit. */
  phases: [string, number][];
  /** Summed render time per top-level section (`articles`, `quotes`, …), in ms, and the slowest route. */
  sections: Map<string, { routes: number; ms: number }>;
  slowest?: { route: string; ms: number };
  /** The end of the build's output, to show when it failed. */
  tail: string[];
  /** The private copy it was built in (to rebuild there), and its cached steps' counts and peak memory. */
  root: string;
  counts: Record<string, number>;
  maxRssMb?: number;
}

export interface BuildOptions {
  /** Another content folder (the scale benchmark); the real `content/` when absent. */
  contentDir?: string;
  timeoutMs?: number;
  /** Called every `progressEveryMs` with what the build is doing, for long builds. */
  onProgress?: (status: string) => void;
  progressEveryMs?: number;
  /** Build again in the private copy of an earlier build (its `root`), with its cache: a rebuild. */
  root?: string;
}

/**
 * Build the site in a private copy of the project (see workspace.ts), into its `dist/`,
 * with a cache folder of its own: the shared `dist/`, `.astro/` and content store are
 * neither touched nor reused, so every measurement is a cold, full build.
 */
export function buildSite(options: BuildOptions): Promise<BuildResult> {
  const root = options.root ?? workspace();
  const dist = join(root, 'dist');
  const remove = () => rmSync(root, { recursive: true, force: true });
  const timings = join(root, 'build-timings.json');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // The build writes the moments of its hooks and each route's render time here.
    BUILD_TIMINGS: timings,
    PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
    ASTRO_CACHE_DIR: join(root, '.cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
    ...(options.contentDir ? { CONTENT_DIR: options.contentDir } : {}),
  };
  const cpuBefore = childCpuSeconds();
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  // Its own process group, so a build over time can be stopped with everything it started.
  const child = spawn(process.execPath, [ASTRO_BIN, 'build', '--outDir', dist], {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  // The log is kept only to show when a build fails; timings come from the build's own clock.
  const tail: string[] = [];
  const onLine = (raw: string) => {
    tail.push(plain(raw));
    if (tail.length > 40) tail.shift();
  };
  createInterface({ input: child.stdout }).on('line', onLine);
  createInterface({ input: child.stderr }).on('line', onLine);

  let timedOut = false;
  const timer = options.timeoutMs
    ? setTimeout(() => {
        timedOut = true;
        stopGroup(child.pid);
      }, options.timeoutMs)
    : undefined;
  const progress = options.onProgress
    ? setInterval(() => options.onProgress!(`${elapsed().toFixed(0)} s`), options.progressEveryMs ?? 15_000)
    : undefined;

  return new Promise((done) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      clearInterval(progress);
      const seconds = elapsed();
      const cpuAfter = childCpuSeconds();
      const cpuSeconds = cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined;
      const clock = existsSync(timings) ? (JSON.parse(readFileSync(timings, 'utf8')) as BuildClock) : undefined;
      done({
        dist,
        remove,
        ok: code === 0 && !timedOut,
        timedOut,
        seconds,
        cpuSeconds,
        ...fromClock(clock, seconds),
        tail,
        root,
        counts: clock?.counts ?? {},
        ...(clock?.maxRssMb ? { maxRssMb: clock.maxRssMb } : {}),
      });
    });
  });
}

/**
 * Phases and per-section render times from the build's own clock: marks at Astro's hooks
 * (ms since the build process started) and each route's render time. Rendering is the time
 * during which any page was rendering (they render several at a time), less the site's
 * data, which the first pages wait on; the rest of the stretch from build:start to
 * build:generated is bundling and Astro's own work per page (writing each file). Vite's
 * setup and the content sync run between config:done and build:start.
 */
function fromClock(clock: BuildClock | undefined, total: number): Pick<BuildResult, 'phases' | 'sections' | 'slowest'> {
  const sections = new Map<string, { routes: number; ms: number }>();
  let slowest: BuildResult['slowest'];
  if (!clock) return { phases: [], sections, slowest };
  for (const [route, ms] of Object.entries(clock.routes)) {
    const section = route.split('/')[1]?.replace(/\.\w+$/, '') || 'index';
    const sum = sections.get(section) ?? { routes: 0, ms: 0 };
    sections.set(section, { routes: sum.routes + 1, ms: sum.ms + ms });
    if (!slowest || ms > slowest.ms) slowest = { route, ms: Math.round(ms) };
  }
  const m = clock.marks;
  const s = (ms: number | undefined) => (ms ?? 0) / 1000;
  // The site's data is made while the first pages wait on it, inside the time pages render.
  const from = clock.counts?.['site data: from'];
  const to = clock.counts?.['site data: to'];
  const siteData = from !== undefined && to !== undefined ? s(to - from) : 0;
  const overlap =
    from !== undefined && to !== undefined
      ? s((clock.busy ?? []).reduce((n, [a, b]) => n + Math.max(0, Math.min(b, to) - Math.max(a, from)), 0))
      : 0;
  // Pages render several at a time: the phase is the time any was rendering, not the sum.
  const render = s(clock.rendering) - overlap;
  const index = s((m['pagefind:done'] ?? 0) - (m['pagefind:start'] ?? 0));
  const generation = s((m['build:generated'] ?? 0) - (m['build:start'] ?? 0));
  const phases: [string, number][] = [
    ['start-up, config', s(m['config:done'])],
    ['Vite setup, content sync', s((m['build:start'] ?? 0) - (m['config:done'] ?? 0))],
    ['site data', siteData],
    ['render pages', render],
    ['bundle, page writes', generation - render - siteData],
    ['search index', index],
    ['other build:done hooks', s((m['build:done'] ?? 0) - (m['build:generated'] ?? 0)) - index],
    ['exit', total - s(m['build:done'])],
  ];
  return { phases, sections, slowest };
}

/**
 * CPU seconds used so far by this process's finished children (and theirs): `cutime` and
 * `cstime` of /proc/self/stat, in clock ticks of 1/100 s. Builds run one at a time, so the
 * difference across one build is that build's.
 */
function childCpuSeconds(): number | undefined {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}

/** Stop a build and whatever it started (Pagefind's binary): TERM, then KILL if it lingers. */
function stopGroup(pid: number | undefined) {
  if (!pid) return;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pid, name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  setTimeout(() => signal('SIGKILL'), 5_000).unref();
}
