import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse as load } from 'yaml';
import { previewLine } from '../../../src/site/preview-line.ts';

describe('glossary previews', () => {
  it('say who a person is by name and role, and what a place is by its first sentence', () => {
    expect(
      previewLine('Vladimir Putin', 'President of Russia', 'President of Russia, serving his fifth term. More.'),
    ).toBe('Vladimir Putin · President of Russia');
    expect(previewLine('Kyiv', undefined, 'Capital of Ukraine. Also the seat of government.')).toBe(
      'Kyiv · Capital of Ukraine.',
    );
  });

  it('every shipped entry previews as name and role, or name and a whole sentence', () => {
    for (const file of readdirSync('content/glossary')) {
      const d = load(readFileSync(`content/glossary/${file}`, 'utf8')) as {
        name: string;
        role?: string;
        description: string;
      };
      const line = previewLine(d.name, d.role, d.description);
      if (d.role) expect(line, file).toBe(`${d.name} · ${d.role}`);
      else {
        expect(line, file).toMatch(/[.!?”)]$/);
        expect(line, file).not.toMatch(/\bU\.S\.$/);
      }
    }
  });
});
