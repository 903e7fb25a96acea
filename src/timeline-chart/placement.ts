/** Placing things along the time axis so they do not touch: labels pushed apart, marks in lanes. */

/**
 * Place boxes of the given heights as near their wanted tops as they can be, in order,
 * `gap` apart, inside [min, max]: neighbours that would overlap merge into a cluster
 * centred on their wanted places (the usual way to dodge labels along one axis).
 */
export function dodge(wanted: number[], heights: number[], gap: number, min: number, max: number): number[] {
  type Cluster = { first: number; count: number; height: number; want: number; top: number };
  const clusters: Cluster[] = [];
  const place = (c: Cluster) => {
    c.top = Math.min(Math.max(c.want / c.count, min), max - c.height);
    c.top = Math.max(c.top, min);
  };
  wanted.forEach((w, i) => {
    // A cluster's `want` is the sum of its members' wanted tops less their offsets in it.
    const c: Cluster = { first: i, count: 1, height: heights[i]!, want: w, top: 0 };
    place(c);
    clusters.push(c);
    for (;;) {
      const prev = clusters.at(-2);
      const last = clusters.at(-1)!;
      if (!prev || prev.top + prev.height + gap <= last.top) break;
      const offset = prev.height + gap;
      prev.want += last.want - offset * last.count;
      prev.count += last.count;
      prev.height += gap + last.height;
      clusters.pop();
      place(prev);
    }
  });
  const tops: number[] = [];
  for (const c of clusters) {
    let y = c.top;
    for (let i = c.first; i < c.first + c.count; i++) {
      tops.push(y);
      y += heights[i]! + gap;
    }
  }
  return tops;
}

/** Lanes for marks whose vertical extents would touch: the first lane that is free. */
export function assignLanes(extents: [number, number][], gap: number): number[] {
  const ends: number[] = [];
  return extents.map(([a, b]) => {
    let lane = ends.findIndex((end) => end + gap <= a);
    if (lane < 0) lane = ends.length;
    ends[lane] = b;
    return lane;
  });
}
