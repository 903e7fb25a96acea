import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { h } from 'hastscript';
import { hasClass } from '../text/text-model.ts';
import { articleFacts } from './article-facts.ts';

/** A timeline event and the article blocks that refer to it. */
export interface EventMarker {
  id: string;
  title: string;
  href: string;
  /** Ids of the paragraphs (or list items) it cites. */
  paragraphs: string[];
}

/** A marker as placed: its own id, its event, and the block it sits in. */
/**
 * In each paragraph that a timeline event cites, add a small link to the event, after the
 * text and before the paragraph's permalink, so readers can step from the story to the
 * timeline and back. Each marker is recorded in `file.data.article.markers`.
 */
export default function rehypeEventMarkers(options: { events: EventMarker[] }) {
  return (tree: Root, file: VFile) => {
    const byBlock = new Map<string, EventMarker[]>();
    for (const event of options.events) {
      for (const p of event.paragraphs) byBlock.set(p, [...(byBlock.get(p) ?? []), event]);
    }
    const markers = articleFacts(file).markers;
    visit(tree, 'element', (node) => {
      const block =
        typeof node.properties.id === 'string' && (node.tagName === 'p' || node.tagName === 'li')
          ? node.properties.id
          : undefined;
      const events = block ? byBlock.get(block) : undefined;
      if (!block || !events) return;
      const span = h(
        'span',
        { className: ['event-markers'] },
        events.map((e) => {
          const id = `${block}-e-${e.id}`;
          markers.push({ id, event: e.id, block });
          return h('a', { className: ['event-marker'], href: e.href, id }, [
            h('span', { className: ['sr-only'] }, 'Timeline: '),
            e.title,
          ]);
        }),
      );
      const permalink = node.children.findIndex((c) => c.type === 'element' && hasClass(c, 'permalink'));
      node.children.splice(permalink < 0 ? node.children.length : permalink, 0, span);
    });
  };
}
