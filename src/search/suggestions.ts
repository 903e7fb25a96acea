import { withBase } from '../core/urls.ts';

/** Searches offered before a reader types, and when a search finds nothing. */
export const SUGGESTIONS = ['Stanovaya', '"too afraid"', 'Lavrov', 'Alaska summit', '"best friends"'];

/** The pages to browse instead of searching. */
export const BROWSE: [href: string, label: string, after: string][] = [
  [withBase('/quotes/'), 'quotes', ', '],
  [withBase('/glossary/'), 'people and places', ' and the '],
  [withBase('/timeline/'), 'timeline', '.'],
];
