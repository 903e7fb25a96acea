/**
 * Counts and timings of the build's expensive, cached steps (share cards, citations), for
 * the benchmark: how many were made and how many came from a cache, and the time spent
 * making them. Kept on globalThis because the integrations (loaded with the config) and
 * the pages (bundled) are different module instances in one process; written out with the
 * build's clock (src/integrations/build-timings.ts) when BUILD_TIMINGS asks for it.
 */
const key = '__siteBuildCounts';
const store = globalThis as unknown as Record<typeof key, Record<string, number> | undefined>;

/** Add `by` (1, or milliseconds spent) to a named count. */
export function count(name: string, by = 1): void {
  if (!process.env.BUILD_TIMINGS) return;
  const counts = (store[key] ??= {});
  counts[name] = (counts[name] ?? 0) + by;
}

/** Every count so far. */
export function buildCounts(): Record<string, number> {
  return { ...(store[key] ?? {}) };
}

/**
 * Note when a one-off step ran (the site's data), as `<name>: from` and `<name>: to` in
 * milliseconds since the process started, so the bench can place it among the build's
 * phases: call when it starts, and call what it returns when it ends.
 */
export function span(name: string): () => void {
  const from = performance.now();
  return () => {
    count(`${name}: from`, from);
    count(`${name}: to`, performance.now());
  };
}
