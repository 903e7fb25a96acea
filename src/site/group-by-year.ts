/** Events (already in date order) grouped under their start year, for year markers. */
export function groupByYear<T extends { entry: { data: { date: { start: { year: number } } } } }>(
  events: T[],
): { year: number; events: T[] }[] {
  const groups: { year: number; events: T[] }[] = [];
  for (const event of events) {
    const year = event.entry.data.date.start.year;
    const last = groups.at(-1);
    if (last?.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}
