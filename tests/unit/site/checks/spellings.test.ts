import { describe, expect, it } from 'vitest';
import { checkSpellings } from '../../../../src/site/checks/spellings.ts';

describe('the spellings check', () => {
  const entry = (id: string, name: string, aliases: string[], spellings: string[]) =>
    ({
      id,
      file: `content/glossary/${id}.yaml`,
      source: `name: ${name}\nspellings:\n${spellings.map((t) => `  - text: ${t}\n`).join('')}`,
      data: { name, aliases, spellings: spellings.map((text) => ({ text })) },
    }) as never;

  it('names both entries when a spelling belongs to two, or is another entry’s alias', () => {
    const problems = checkSpellings([
      entry('kyiv', 'Kyiv', ['Kyiv'], ['Kiev']),
      entry('kiev-rus', 'Kievan Rus', ['Kievan Rus'], ['Kiev', 'Kyiv']),
    ]);
    expect(problems.map((p) => `${p.file}:${p.line} ${p.reason}`)).toEqual([
      'content/glossary/kiev-rus.yaml:3 kiev-rus: the spelling “Kiev” also belongs to kyiv (content/glossary/kyiv.yaml).',
      'content/glossary/kiev-rus.yaml:4 kiev-rus: the spelling “Kyiv” is also the name or an alias of kyiv (content/glossary/kyiv.yaml).',
    ]);
  });

  it('rejects a spelling that differs only by case or accents from the entry’s own name', () => {
    const [problem] = checkSpellings([entry('istanbul', 'Istanbul', ['Istanbul'], ['İstanbul'])]);
    expect(problem!.reason).toBe(
      'istanbul: the spelling “İstanbul” differs only by case or accents from the entry’s own “Istanbul”, which search already matches.',
    );
  });
});
