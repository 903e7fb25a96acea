import { describe, expect, it } from 'vitest';
import { renderArticle } from '../../../src/markdown/article-processor.ts';

describe('event markers', () => {
  it('link a cited paragraph to its timeline events, before the permalink', () => {
    const { html, markers } = renderArticle('They met in Paris in 2019.\n\nNothing here.', 'a.md', {
      events: [
        {
          id: 'paris-2019',
          title: 'Putin and Zelensky meet in Paris',
          href: '/timeline/#paris-2019',
          paragraphs: ['p-they-met-in-paris-in'],
        },
      ],
    });
    expect(html).toContain(
      'They met in Paris in 2019.<span class="event-markers"><a class="event-marker" href="/timeline/#paris-2019" id="p-they-met-in-paris-in-e-paris-2019">' +
        '<span class="sr-only">Timeline: </span>Putin and Zelensky meet in Paris</a></span><a class="permalink"',
    );
    expect(html).toContain('<p id="p-nothing-here">Nothing here.<a class="permalink"');
    expect(markers).toEqual([
      { id: 'p-they-met-in-paris-in-e-paris-2019', event: 'paris-2019', block: 'p-they-met-in-paris-in' },
    ]);
  });
});
