/**
 * The build's own clock, for the benchmark (scripts/bench/build.ts): marks at Astro's
 * build hooks and the time each page took to render, kept on globalThis because the
 * integration (loaded with the config) and the pages (bundled) are different module
 * instances in one process. It records only when BUILD_TIMINGS names a file to write.
 */
export interface BuildClock {
  /** Milliseconds since the process started, by mark name. */
  marks: Record<string, number>;
  /** Milliseconds each route took to render, by its path (pages render several at a time: each includes waiting on the others). */
  routes: Record<string, number>;
  /** Milliseconds during which at least one page was rendering: the render phase's share of the build. */
  rendering: number;
  /** Those stretches, as [start, end] pairs: the bench takes what else ran in them out of the render phase. */
  busy: [number, number][];
  /** Pages rendering now, and since when at least one has been. */
  inFlight: number;
  busySince: number;
  /** As written at the end: counts of the cached steps (src/core/build-counts.ts) and peak memory. */
  counts?: Record<string, number>;
  maxRssMb?: number;
}

const key = '__siteBuildClock';
const store = globalThis as unknown as Record<typeof key, BuildClock | undefined>;

/** The clock, or undefined when no timings were asked for. */
export function buildClock(): BuildClock | undefined {
  if (!process.env.BUILD_TIMINGS) return undefined;
  store[key] ??= { marks: {}, routes: {}, rendering: 0, busy: [], inFlight: 0, busySince: 0 };
  return store[key];
}

/** Note the time of a moment of the build. */
export function mark(name: string): void {
  const clock = buildClock();
  if (clock) clock.marks[name] = performance.now();
}

/** Time one page's render: call when it starts, and call what it returns when it ends. */
export function timeRender(route: string): () => void {
  const clock = buildClock();
  if (!clock) return () => {};
  const started = performance.now();
  if (clock.inFlight++ === 0) clock.busySince = started;
  return () => {
    const ended = performance.now();
    clock.routes[route] = ended - started;
    if (--clock.inFlight === 0) {
      clock.rendering += ended - clock.busySince;
      clock.busy.push([clock.busySince, ended]);
    }
  };
}
