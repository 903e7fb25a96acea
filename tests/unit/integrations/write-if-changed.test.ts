import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeIfChanged } from '../../../src/integrations/write-if-changed.ts';
import { removeOlder } from '../../../src/integrations/stale-files.ts';

describe('a file written over the last build’s', () => {
  it('is written when new or changed, touched when the same, and kept as this build’s either way', () => {
    const dir = mkdtempSync(join(tmpdir(), 'write-if-changed-'));
    try {
      const file = (name: string) => join(dir, 'quotes', 'a', name);
      expect(writeIfChanged(file('citation.bib'), '@article{a}')).toBe(true);
      expect(writeIfChanged(file('citation.ris'), 'TY  - JOUR')).toBe(true);
      // Both as an earlier build left them; this build starts now.
      const earlier = new Date(Date.now() - 60_000);
      for (const name of ['citation.bib', 'citation.ris']) utimesSync(file(name), earlier, earlier);
      const since = Date.now();

      expect(writeIfChanged(file('citation.bib'), '@article{a}')).toBe(false);
      expect(writeIfChanged(file('citation.ris'), Buffer.from('TY  - BOOK'))).toBe(true);
      expect(readFileSync(file('citation.bib'), 'utf8')).toBe('@article{a}');
      expect(readFileSync(file('citation.ris'), 'utf8')).toBe('TY  - BOOK');
      expect(statSync(file('citation.bib')).mtimeMs).toBeGreaterThanOrEqual(since);
      expect(removeOlder(dir, since, new Set())).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
