import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { plain } from './format.ts';
import { ROOT, workspace } from './workspace.ts';

/**
 * Astro started with this very Node (24) rather than through `npx`: outside `npm run`, the
 * `node` on PATH may be the system's Node 20, which Astro 7 refuses.
 */
const ASTRO_BIN = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/**
 * Milestones in Astro's build log, in order. The time between two milestones is the
 * phase named by the later one, so a slow build says where its time went. Each is looked
 * for only after the one before: the first "✓ Completed in" after "generating static
 * routes" is the end of rendering, not the earlier one of "Collecting build info".
 */
const MILESTONES: { phase: string; line: RegExp }[] = [
  { phase: 'start-up, content sync', line: /Synced content/ },
  { phase: 'types', line: /\[types\] Generated/ },
  { phase: 'collect build info', line: /Building static entrypoints/ },
  { phase: 'bundle (vite)', line: /generating static routes/ },
  { phase: 'render pages', line: /✓ Completed in/ },
  { phase: 'build:done hooks (Pagefind index)', line: /\[build\] Complete!/ },
];

/** A route line of the render phase: `├─ /quotes/x/index.html (+12ms)`. */
const ROUTE_LINE = /[├└]─ (\/\S*) \(\+(\d+)ms\)/;

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
  /** Seconds per phase, in log order; the last entry is the exit after the log ends. */
  phases: [string, number][];
  /** Summed render time per top-level section (`articles`, `quotes`, …), in ms, and the slowest route. */
  sections: Map<string, { routes: number; ms: number }>;
  slowest?: { route: string; ms: number };
  /** The end of the build's output, to show when it failed. */
  tail: string[];
}

export interface BuildOptions {
  /** Another content folder (the scale benchmark); the real `content/` when absent. */
  contentDir?: string;
  timeoutMs?: number;
  /** Called every `progressEveryMs` with what the build is doing, for long builds. */
  onProgress?: (status: string) => void;
  progressEveryMs?: number;
}

/**
 * Build the site in a private copy of the project (see workspace.ts), into its `dist/`,
 * with a cache folder of its own: the shared `dist/`, `.astro/` and content store are
 * neither touched nor reused, so every measurement is a cold, full build.
 */
export function buildSite(options: BuildOptions): Promise<BuildResult> {
  const root = workspace();
  const dist = join(root, 'dist');
  const remove = () => rmSync(root, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
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

  const phases: [string, number][] = [];
  const sections = new Map<string, { routes: number; ms: number }>();
  let slowest: BuildResult['slowest'];
  let lastMark = 0;
  let next = 0;
  let routes = 0;
  const tail: string[] = [];

  const onLine = (raw: string) => {
    const line = plain(raw);
    tail.push(line);
    if (tail.length > 40) tail.shift();
    const route = ROUTE_LINE.exec(line);
    if (route) {
      routes++;
      const path = route[1]!;
      const ms = Number(route[2]);
      const section = path.split('/')[1]?.replace(/\.html$/, '') || 'index';
      const sum = sections.get(section) ?? { routes: 0, ms: 0 };
      sections.set(section, { routes: sum.routes + 1, ms: sum.ms + ms });
      if (!slowest || ms > slowest.ms) slowest = { route: path, ms };
      return;
    }
    const milestone = MILESTONES[next];
    if (milestone && milestone.line.test(line)) {
      const now = elapsed();
      phases.push([milestone.phase, now - lastMark]);
      lastMark = now;
      next++;
    }
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
    ? setInterval(() => {
        const phase = MILESTONES[next]?.phase ?? 'exiting';
        const rendered = routes > 0 ? `, ${routes} routes rendered` : '';
        options.onProgress!(`${elapsed().toFixed(0)} s: ${phase}${rendered}`);
      }, options.progressEveryMs ?? 15_000)
    : undefined;

  return new Promise((done) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      clearInterval(progress);
      const seconds = elapsed();
      const cpuAfter = childCpuSeconds();
      const cpuSeconds = cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined;
      if (phases.length > 0) phases.push(['exit', seconds - lastMark]);
      done({ dist, remove, ok: code === 0 && !timedOut, timedOut, seconds, cpuSeconds, phases, sections, slowest, tail });
    });
  });
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
