import type { CorrectionRecord } from '../site/types.ts';
import { CORRECTIONS_ID } from '../site/corrections.ts';
import { isoOf, type PartialDate } from './dates.ts';
import { eventCorrectionsId } from './template-ids.ts';
import { withBase } from './urls.ts';

/** Site-wide names and the navigation, kept in one place so every page agrees. */
export const SITE_NAME = 'Putin, Zelensky and the summit question';
export const SITE_DESCRIPTION =
  'An annotated reading of a Wall Street Journal analysis: every quote explained, every name and meeting linked, everything searchable.';

export interface NavItem {
  href: string;
  label: string;
}

/** The ways into the site. A page is listed here only once it exists. */
export const NAV: NavItem[] = [
  { href: withBase('/'), label: 'Home' },
  { href: withBase('/quotes/'), label: 'Quotes' },
  { href: withBase('/glossary/'), label: 'People & places' },
  { href: withBase('/timeline/'), label: 'Timeline' },
];

/**
 * An absolute URL on this site, for canonical links, share cards and data exports: an
 * address (already under the base, as the `*Url` helpers and `Astro.url` give it) on the
 * site's origin.
 */
export function absoluteUrl(address: string, site: URL | undefined): string {
  return new URL(address, site ?? 'http://localhost:4321').href;
}

/**
 * HTML rendered from our Markdown with its site links (`href="/glossary/x/"`, already under
 * the base) made absolute, for data published to be read elsewhere.
 */
export function absoluteLinks(html: string, site: URL | undefined): string {
  return html.replace(/href="(\/[^"]*)"/g, (_, path: string) => `href="${absoluteUrl(path, site)}"`);
}

/**
 * A value as JSON to put inside a `<script>` element (JSON-LD, page data): every `<` is
 * written `\u003c`, which a JSON reader reads back as `<`, so no value can close the
 * element (`</script>`) or open a comment in it.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * Longest `<title>` we write. Long enough for the article's full headline, which is how
 * tabs, bookmarks and screen readers name the page; longer quotes are shortened.
 */
const MAX_TITLE = 100;

/**
 * The document title: “Page · Site” when it fits, else the page's own title, shortened at
 * a word boundary if need be. Share cards and headings keep the full title.
 */
export function documentTitle(title: string, site = SITE_NAME): string {
  if (title === site) return title;
  const full = `${title} · ${site}`;
  if (full.length <= MAX_TITLE) return full;
  if (title.length <= MAX_TITLE) return title;
  const cut = title.slice(0, MAX_TITLE - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,.;:–—-]+$/, '')}…`;
}

/*
 * Every correction has an id of its own, on its entry's page and on /corrections/, so a
 * link (and the feed's guid) names one correction: the day it was made, and `-2`, `-3` for
 * a second and third one of the same entry on the same day. Those are counted from the last
 * written (lists are written newest first), so adding a correction never changes another's id.
 */

const nth = (n: number) => (n > 1 ? `-${n}` : '');

/** Each correction's day, and which one of its group's corrections of that day it is (1 for the first written last). */
function days<T extends { date: PartialDate }>(list: readonly T[], group: (c: T) => string): string[] {
  const key = (c: T) => `${group(c)} ${isoOf(c.date)}`;
  return list.map((c, i) => `${isoOf(c.date)}${nth(1 + list.slice(i + 1).filter((d) => key(d) === key(c)).length)}`);
}

/**
 * The ids of one entry's corrections on its page, in the list's order: the list's id and
 * the day, `corrections-2026-11-27`, `article-corrections-2026-11-27-2`.
 */
export function correctionIds(list: readonly { date: PartialDate }[], listId: string): string[] {
  return days(list, () => '').map((day) => `${listId}-${day}`);
}

/** The id of an entry's corrections list on its page (Corrections), as the page gives it. */
function correctionsListId(entry: CorrectionRecord['entry']): string {
  if (entry.collection === 'articles') return CORRECTIONS_ID.article;
  if (entry.collection === 'timeline') return eventCorrectionsId(entry.id);
  return CORRECTIONS_ID.entry;
}

/**
 * For every correction of the site (in the order of `SiteData.corrections`, which keeps an
 * entry's corrections of one day in the order written): its id on /corrections/
 * (`correction-quotes-zelensky-too-afraid-2026-11-27`, unique on that page) and the address
 * of the correction on its entry's page (`/quotes/zelensky-too-afraid/#corrections-2026-11-27`).
 */
export function correctionLinks(records: readonly CorrectionRecord[]): { id: string; href: string }[] {
  const day = days(records, (c) => `${c.entry.collection}/${c.entry.id}`);
  return records.map((c, i) => ({
    id: `correction-${c.entry.collection}-${c.entry.id}-${day[i]}`,
    href: `${c.entry.url.split('#')[0]}#${correctionsListId(c.entry)}-${day[i]}`,
  }));
}
