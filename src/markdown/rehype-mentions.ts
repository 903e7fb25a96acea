import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { h } from 'hastscript';
import { addProblem } from '../problems/problem.ts';
import { normalizeText, WORD_CLASS } from '../text/normalize.ts';
import { snippetOf } from '../text/snippet.ts';
import { locate, textBlocks, wrap } from '../text/text-model.ts';
import { articleFacts, type Mention } from './article-facts.ts';
import { notProse } from './not-prose.ts';

/** What mention linking needs to know of one glossary entry. */
export interface MentionTarget {
  id: string;
  aliases: string[];
  /** The entry's page. */
  href: string;
  /** One line shown on hover or focus: name and role. */
  preview: string;
}

/**
 * One regular expression for all aliases: longest first, whole words (letters, combining
 * marks and digits count as word characters), an optional possessive.
 */
export function aliasPattern(targets: MentionTarget[]): RegExp | undefined {
  const aliases = targets
    .flatMap((t) => t.aliases.map(normalizeText))
    .sort((a, b) => b.length - a.length || a.localeCompare(b));
  if (aliases.length === 0) return undefined;
  const escaped = aliases.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<!${WORD_CLASS})(?:${escaped.join('|')})(?=(?:'s)?(?!${WORD_CLASS}))`, 'gu');
}

/** True when a stretch of text is the text of a link (an e-mail address): that is not retargeted. */
const inLink = (pieces: { parent: Element }[]) => pieces.some((p) => p.parent.tagName === 'a');

/**
 * Mark every mention of a glossary entry in the article's prose (quotations, captions,
 * list items and block quotes included; headings are ours, not the article's) with an id
 * of its own, derived from its block so it survives edits elsewhere. The rule for links:
 * the first mention of an entry in each section or subsection (h2–h4) links to the
 * entry, with a preview on hover and focus; later mentions there are marked but not
 * linked, so the text does not turn into a wall of links. Every mention is recorded for
 * the entry's page.
 */
/** Headings that start a section or subsection, where linking starts again. */
const SECTION_HEADINGS = new Set(['h2', 'h3', 'h4']);

export default function rehypeMentions(options: { targets: MentionTarget[] }) {
  const pattern = aliasPattern(options.targets);
  const byAlias = new Map(options.targets.flatMap((t) => t.aliases.map((a) => [normalizeText(a), t] as const)));
  return (tree: Root, file: VFile) => {
    const mentions = articleFacts(file).mentions;
    if (!pattern) return;
    // Entries linked since the last section or subsection heading.
    let linked = new Set<string>();
    for (const block of textBlocks(tree, notProse)) {
      if (block.kind === 'heading') {
        if (SECTION_HEADINGS.has(block.element.tagName)) linked = new Set();
        continue;
      }
      const perEntry = new Map<string, number>();
      const found = [...block.text.matchAll(pattern)].filter(
        (m) => !inLink(locate(block, m.index, m.index + m[0].length)),
      );
      const planned = found.map((m) => {
        const target = byAlias.get(m[0])!;
        const n = (perEntry.get(target.id) ?? 0) + 1;
        perEntry.set(target.id, n);
        const mention: Mention = {
          id: `${block.id}-m-${target.id}${n > 1 ? `-${n}` : ''}`,
          entry: target.id,
          alias: m[0],
          block: block.id,
          snippet: snippetOf(block.printed, m.index, m.index + m[0].length),
          linked: !linked.has(target.id),
        };
        linked.add(target.id);
        return { start: m.index, end: m.index + m[0].length, target, mention };
      });
      // Wrap from the last mention back, so earlier offsets in the block stay valid.
      for (const m of [...planned].reverse()) {
        if (locate(block, m.start, m.end).length !== 1) {
          addProblem(file, {
            rule: 'mention-whole',
            entry: block.id,
            reason: `the mention “${m.mention.alias}” of ${m.target.id} crosses a link or emphasis, so it cannot be marked.`,
            fix: 'remove the formatting inside the name, or put all of the name inside it.',
            place: block.element.position,
          });
          continue;
        }
        wrap(block, m.start, m.end, (children) => mentionElement(m.mention, m.target, children));
      }
      mentions.push(...planned.map((m) => m.mention));
    }
  };
}

/**
 * A linked mention with its preview, or a plain marked mention. The preview is the link's
 * accessible description (`aria-description`), which article.css also draws beside the
 * link on hover and focus. It is not text in the paragraph: the page's text stays the
 * article's words, so text selections, copied passages and annotation tools'
 * TextQuoteSelectors (which read every text node, shown or not) see only what the reader
 * reads; and one attribute per link keeps the article page light (its address names the
 * entry; an unlinked mention says which it is in `data-entry`).
 */
function mentionElement(mention: Mention, target: MentionTarget, children: ElementContent[]): Element {
  if (!mention.linked) {
    return h('span', { className: ['mention'], id: mention.id, dataEntry: target.id }, children);
  }
  return h(
    'a',
    {
      className: ['mention'],
      id: mention.id,
      href: target.href,
      'aria-description': target.preview,
    },
    children,
  );
}
