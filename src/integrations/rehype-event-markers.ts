import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { h } from 'hastscript';
import { hasClass } from '../utils/text-index.ts';

/** A timeline event and the article paragraphs that refer to it. */
export interface EventMarker {
  id: string;
  title: string;
  href: string;
  paragraphs: string[];
}

/**
 * In each paragraph that a timeline event cites, add a small link to the event, after the
 * text and before the paragraph's permalink, so readers can step from the story to the
 * timeline and back.
 */
export default function rehypeEventMarkers(options: { events: EventMarker[] }) {
  return (tree: Root) => {
    const byParagraph = new Map<string, EventMarker[]>();
    for (const event of options.events) {
      for (const p of event.paragraphs) byParagraph.set(p, [...(byParagraph.get(p) ?? []), event]);
    }
    visit(tree, 'element', (node: Element) => {
      const events = node.tagName === 'p' ? byParagraph.get(String(node.properties.id)) : undefined;
      if (!events) return;
      const markers = h(
        'span',
        { className: ['event-markers'] },
        events.map((e) =>
          h('a', { className: ['event-marker'], href: e.href, id: `${node.properties.id}-e-${e.id}` }, [
            h('span', { className: ['sr-only'] }, 'Timeline: '),
            e.title,
          ]),
        ),
      );
      const permalink = node.children.findIndex((c) => c.type === 'element' && hasClass(c, 'permalink'));
      node.children.splice(permalink < 0 ? node.children.length : permalink, 0, markers);
    });
  };
}
