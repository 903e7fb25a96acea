import type { Element } from 'hast';
import { hasClass } from '../text/text-model.ts';

/**
 * Text the pipeline adds that is not the article's prose: permalinks, report links, quote notes, event
 * markers (mention previews are attributes, not text). Every plugin that reads the text
 * skips these.
 */
export const notProse = (el: Element) =>
  hasClass(el, 'permalink') || hasClass(el, 'report-link') || el.tagName === 'aside' || hasClass(el, 'event-markers');
