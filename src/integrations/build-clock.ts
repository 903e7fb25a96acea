/**
 * The build's own clock, for the benchmark (scripts/bench/build.ts): marks at Astro's
 * build hooks and the time each page took to render, kept on globalThis because the
 * integration (loaded with the config) and the pages (bundled) are different module
 * instances in one process. It records only when BUILD_TIMINGS names a file to write.
 */
export interface BuildClock {
  /** Milliseconds since the process started, by mark name. */
  marks: Record<string, number>;
  /** Milliseconds each route took to render, by its path. */
  routes: Record<string, number>;
  /** As written at the end: counts of the cached steps (src/core/build-counts.ts) and peak memory. */
  counts?: Record<string, number>;
  maxRssMb?: number;
}

const key = '__siteBuildClock';
const store = globalThis as unknown as Record<typeof key, BuildClock | undefined>;

/** The clock, or undefined when no timings were asked for. */
export function buildClock(): BuildClock | undefined {
  if (!process.env.BUILD_TIMINGS) return undefined;
  store[key] ??= { marks: {}, routes: {} };
  return store[key];
}

/** Note the time of a moment of the build. */
export function mark(name: string): void {
  const clock = buildClock();
  if (clock) clock.marks[name] = performance.now();
}
