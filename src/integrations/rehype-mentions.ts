import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { hasClass, indexText, wrapRange } from '../utils/text-index.ts';
import { normalizeText } from '../utils/text.ts';
import { notProse } from './rehype-quote-anchors.ts';
import { ContentError } from '../utils/content-error.ts';

/** What mention linking needs to know of one glossary entry. */
export interface MentionTarget {
  id: string;
  aliases: string[];
  /** The entry's page. */
  href: string;
  /** One line shown on hover or focus: name and role. */
  preview: string;
}

export interface Mention {
  /** The mention's own id in the article, e.g. `p-trumps-call-for-a-meeting-m-vladimir-putin`. */
  id: string;
  entry: string;
  alias: string;
  /** The id of the paragraph or caption that holds it. */
  block: string;
  /** The words around it, for the glossary page. */
  snippet: Snippet;
  linked: boolean;
}

declare module 'vfile' {
  interface DataMap {
    mentions: Mention[];
  }
}

const LETTER = String.raw`[\p{L}\p{N}]`;

/** One regular expression for all aliases: longest first, whole words, an optional possessive. */
export function aliasPattern(targets: MentionTarget[]): RegExp | undefined {
  const aliases = targets.flatMap((t) => t.aliases.map(normalizeText)).sort((a, b) => b.length - a.length);
  if (aliases.length === 0) return undefined;
  const escaped = aliases.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<!${LETTER})(?:${escaped.join('|')})(?=(?:'s)?(?!${LETTER}))`, 'gu');
}

/** A mention in its surroundings. */
export interface Snippet {
  before: string;
  match: string;
  after: string;
}

/** About `words` words either side of [start, end), for a snippet. */
export function snippetOf(text: string, start: number, end: number, words = 9): Snippet {
  const before = text.slice(0, start).split(' ');
  const after = text.slice(end).split(' ');
  return {
    before: `${before.length > words ? '…' : ''}${before.slice(-words).join(' ')}`,
    match: text.slice(start, end),
    after: `${after.slice(0, words).join(' ')}${after.length > words ? '…' : ''}`,
  };
}

/**
 * Mark every mention of a glossary entry in the article's prose (quotations included) with
 * an id of its own, derived from its paragraph so it survives edits elsewhere. The rule for
 * links: the first mention of an entry in each section links to the entry, with a preview
 * on hover and focus; later mentions in that section are marked but not linked, so the text
 * does not turn into a wall of links. Every mention is listed on the entry's page.
 */
export default function rehypeMentions(options: { targets: MentionTarget[] }) {
  const pattern = aliasPattern(options.targets);
  const byAlias = new Map(options.targets.flatMap((t) => t.aliases.map((a) => [normalizeText(a), t] as const)));
  return (tree: Root, file: { path: string; data: { mentions?: Mention[] } }) => {
    const mentions: Mention[] = [];
    if (!pattern) {
      file.data.mentions = mentions;
      return;
    }
    let linkedInSection = new Set<string>();
    for (const node of tree.children) {
      if (node.type !== 'element') continue;
      if (hasClass(node, 'heading-wrapper')) {
        linkedInSection = new Set();
        continue;
      }
      for (const { block, id } of blocksOf(node)) {
        const index = indexText(block, (el) => notProse(el) || el.tagName === 'a');
        // Snippets show the characters as printed (typographic quotes), whitespace tidied.
        const printed = index.origins.map((o) => o.node.value[o.offset]!.replace(/\s/, ' ')).join('');
        const found = [...index.text.matchAll(pattern)].map((m) => {
          const target = byAlias.get(m[0])!;
          return { start: m.index, end: m.index + m[0].length, alias: m[0], target };
        });
        const perEntry = new Map<string, number>();
        const planned = found.map((m) => {
          const n = (perEntry.get(m.target.id) ?? 0) + 1;
          perEntry.set(m.target.id, n);
          const linked = !linkedInSection.has(m.target.id);
          linkedInSection.add(m.target.id);
          const mention: Mention = {
            id: `${id}-m-${m.target.id}${n > 1 ? `-${n}` : ''}`,
            entry: m.target.id,
            alias: m.alias,
            block: id,
            snippet: snippetOf(printed, m.start, m.end),
            linked,
          };
          return { ...m, mention };
        });
        // Wrap from the last mention back, so earlier offsets in the index stay valid.
        for (const m of [...planned].reverse()) {
          if (!wrapRange(index, m.start, m.end, (text) => mentionElement(m.mention, m.target, text))) {
            throw new ContentError({
              file: file.path,
              entry: id,
              problem: `the mention “${m.alias}” of ${m.target.id} crosses a link or emphasis, so it cannot be marked.`,
              fix: 'remove the formatting inside the name, or put all of the name inside it.',
            });
          }
        }
        mentions.push(...planned.map((m) => m.mention));
      }
    }
    file.data.mentions = mentions;
  };
}

/** The prose blocks inside a top-level node, each with the id its mentions derive from. */
function blocksOf(node: Element): { block: Element; id: string }[] {
  if (node.tagName === 'p' && typeof node.properties.id === 'string') return [{ block: node, id: node.properties.id }];
  if (node.tagName === 'figure' && typeof node.properties.id === 'string') return [{ block: node, id: node.properties.id }];
  if (node.tagName === 'footer' || hasClass(node, 'annotated')) return node.children.flatMap((c) => (c.type === 'element' ? blocksOf(c) : []));
  return [];
}

/** A linked mention with its preview, or a plain marked mention. */
function mentionElement(mention: Mention, target: MentionTarget, text: Element['children'][number]): Element {
  if (!mention.linked) {
    return h('span', { className: ['mention'], id: mention.id, dataEntry: target.id }, [text]);
  }
  const tip = `tip-${mention.id}`;
  return h('span', { className: ['mention-wrap'] }, [
    h('a', { className: ['mention'], id: mention.id, href: target.href, dataEntry: target.id, ariaDescribedBy: tip }, [text]),
    h('span', { className: ['preview'], id: tip, role: 'tooltip', dataPagefindIgnore: '' }, target.preview),
  ]);
}
