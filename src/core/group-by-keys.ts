/**
 * Items by each of the keys they are filed under, in the items' order, each item once per
 * key (`Map.groupBy` files an item under one key only): one pass over a list, where
 * filtering it once per key would grow with the square of an archive.
 */
export function groupByKeys<T>(items: Iterable<T>, keys: (item: T) => Iterable<string>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
