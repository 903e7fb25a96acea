import { describe, expect, it } from 'vitest';
import type { MentionTarget } from '../../../src/markdown/rehype-mentions.ts';
import { problemLines, render } from '../../helpers/render.ts';

const PUTIN: MentionTarget = {
  id: 'putin',
  aliases: ['Vladimir Putin', 'Putin', 'Kremlin leader'],
  href: '/glossary/putin/',
  preview: 'Vladimir Putin: President of Russia',
};
const ZELENSKY: MentionTarget = {
  id: 'zelensky',
  aliases: ['Volodymyr Zelensky', 'Zelensky'],
  href: '/glossary/zelensky/',
  preview: 'Volodymyr Zelensky: President of Ukraine',
};
const KREMLIN: MentionTarget = {
  id: 'kremlin',
  aliases: ['Kremlin'],
  href: '/glossary/kremlin/',
  preview: 'The Kremlin: seat of Russia’s president',
};
const US: MentionTarget = { id: 'us', aliases: ['U.S.'], href: '/glossary/us/', preview: 'United States' };
const TARGETS = [PUTIN, ZELENSKY, KREMLIN, US];

/** Render with the glossary targets; drop paragraph permalinks from the HTML. */
function linked(markdown: string) {
  return render(markdown, { targets: TARGETS, quotes: [] });
}

const link = (id: string, target: MentionTarget, text: string) =>
  `<a class="mention" id="${id}" href="${target.href}" aria-description="${target.preview}">${text}</a>`;
const mark = (id: string, target: MentionTarget, text: string) =>
  `<span class="mention" id="${id}" data-entry="${target.id}">${text}</span>`;

describe('mention linking', () => {
  it('links the first mention of an entry in a section and marks the rest', () => {
    const { html, mentions } = linked('Vladimir Putin met Zelensky. Later Putin left.');
    const p = 'p-vladimir-putin-met-zelensky-later';
    expect(html).toBe(
      `<p id="${p}">${link(`${p}-m-putin`, PUTIN, 'Vladimir Putin')} met ${link(`${p}-m-zelensky`, ZELENSKY, 'Zelensky')}. Later ${mark(`${p}-m-putin-2`, PUTIN, 'Putin')} left.</p>`,
    );
    expect(mentions.map((m) => [m.id, m.alias, m.linked])).toEqual([
      [`${p}-m-putin`, 'Vladimir Putin', true],
      [`${p}-m-zelensky`, 'Zelensky', true],
      [`${p}-m-putin-2`, 'Putin', false],
    ]);
  });

  it('prefers the longest alias: a full name, and “Kremlin leader” over “Kremlin”', () => {
    const { mentions } = linked('Volodymyr Zelensky and the Kremlin leader spoke; the Kremlin said nothing.');
    expect(mentions.map((m) => `${m.entry}:${m.alias}`)).toEqual([
      'zelensky:Volodymyr Zelensky',
      'putin:Kremlin leader',
      'kremlin:Kremlin',
    ]);
  });

  it('handles possessives, leaving the ’s outside the mention', () => {
    const { html } = linked("Putin’s aides and Zelensky's team.");
    expect(html).toContain('>Putin</a>’s aides');
    expect(html).toContain(">Zelensky</a>'s team.");
  });

  it('matches whole words only, with case', () => {
    const { mentions } = linked('Putinism, putin and Zelenskyy are not mentions; the U.S. president is.');
    expect(mentions.map((m) => m.alias)).toEqual(['U.S.']);
  });

  it('counts mentions inside a quotation', () => {
    const { mentions } = render('“In Putin’s eyes, Zelensky is not a player,” she said.', {
      targets: TARGETS,
      quotes: [{ id: 'q', file: 'q.yaml', speaker: 's', text: 'In Putin’s eyes, Zelensky is not a player' }],
    });
    expect(mentions.map((m) => m.entry)).toEqual(['putin', 'zelensky']);
  });

  it('links again in each new section', () => {
    const { mentions } = linked('## One\n\nPutin spoke.\n\nPutin again.\n\n## Two\n\nPutin once more.');
    expect(mentions.map((m) => m.linked)).toEqual([true, false, true]);
    // A subsection (h3, h4) is a section too; a lower heading is not.
    const sub = linked(
      '## One\n\nPutin spoke.\n\n### Sub\n\nPutin again.\n\n#### Deeper\n\nPutin still.\n\n##### Aside\n\nPutin once more.',
    );
    expect(sub.mentions.map((m) => m.linked)).toEqual([true, true, true, false]);
  });

  it('gives ids from the paragraph, so edits elsewhere do not change them', () => {
    const before = linked('Putin spoke.\n\nZelensky answered.');
    const after = linked('A new opening with Putin.\n\nPutin spoke.\n\nZelensky answered.');
    expect(after.mentions.map((m) => m.id)).toEqual(expect.arrayContaining(before.mentions.map((m) => m.id)));
  });

  it('gives each mention a snippet of the words around it', () => {
    const { mentions } = linked(
      'Trump said Tuesday that he was working to bring Putin and the other leader together soon.',
    );
    expect(mentions[0]!.snippet).toEqual({
      before: '…said Tuesday that he was working to bring ',
      match: 'Putin',
      after: ' and the other leader together soon.',
    });
  });
});

describe('mentions and formatting', () => {
  it('match across the words of a former placeholder link', () => {
    const { html, mentions } = linked('The [Kremlin](#) leader spoke.');
    expect(mentions.map((m) => `${m.entry}:${m.alias}`)).toEqual(['putin:Kremlin leader']);
    expect(html).toContain('>Kremlin leader</a>');
  });

  it('are a problem when a name crosses emphasis', () => {
    expect(problemLines(linked('Then *Vladimir* Putin spoke.').messages)).toEqual([
      'content/articles/test.md:1 p-then-vladimir-putin-spoke: the mention “Vladimir Putin” of putin crosses a link or emphasis, so it cannot be marked. (mention-whole) How to fix: remove the formatting inside the name, or put all of the name inside it.',
    ]);
  });

  it('are found in list items and block quotes, nested lists included', () => {
    const { mentions } = linked('- Putin spoke.\n\n> Zelensky answered.');
    expect(mentions.map((m) => `${m.block}:${m.entry}`)).toEqual([
      'p-putin-spoke:putin',
      'p-zelensky-answered:zelensky',
    ]);
    const nested = linked('- Putin went home\n  - Zelensky stayed');
    expect(nested.mentions.map((m) => `${m.block}:${m.entry}`)).toEqual([
      'p-putin-went-home:putin',
      'p-zelensky-stayed:zelensky',
    ]);
  });

  it('match a name typed in decomposed form, and letters with combining marks stay whole words', () => {
    const target: MentionTarget = {
      id: 'erdogan',
      aliases: ['Erdoğan'],
      href: '/glossary/erdogan/',
      preview: 'Erdoğan',
    };
    const { mentions } = render('Erdog\u0306an met Erdoğan; Erdoğanism is not a mention.', { targets: [target] });
    expect(mentions.map((m) => m.alias)).toEqual(['Erdoğan', 'Erdoğan']);
  });

  it('are not found inside a link’s text (an e-mail address), and snippets keep it', () => {
    const { mentions } = linked('Write to Putin at <putin@example.com>.');
    expect(mentions.map((m) => m.alias)).toEqual(['Putin']);
    expect(mentions[0]!.snippet.after).toBe(' at putin@example.com.');
  });

  it('every recorded mention is an element in the HTML', () => {
    const { html, mentions } = linked('In Putin’s eyes, Zelensky is not, said the U.S. envoy. Putin’s aides agreed.');
    for (const m of mentions) expect(html).toContain(`id="${m.id}"`);
  });
});
