import type { Article } from './types.ts';
import type { EditionView, EntryHistory } from './entry-history.ts';

/** An entry whose editions have pages: its name, its current page and its history. */
export interface EditionSubject {
  id: string;
  name: string;
  /** The page readers go to for the current words (a withdrawn entry's notice). */
  current: string;
  history: EntryHistory;
  withdrawn: boolean;
}

/** One page per edition of each subject, at `<collection>/<id>/editions/<n>/`, for getStaticPaths. */
export function editionRoutes(subjects: readonly EditionSubject[], articles: Article[]) {
  return subjects.flatMap((entry) =>
    entry.history.editions.map((edition: EditionView) => ({
      params: { id: entry.id, n: String(edition.number) },
      props: { entry, edition, articles },
    })),
  );
}
