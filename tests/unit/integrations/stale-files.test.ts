import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeOlder } from '../../../src/integrations/stale-files.ts';

describe('files an earlier build left', () => {
  it('are removed with the folders they leave empty; what this build wrote or kept, and a git checkout, stay', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stale-files-'));
    try {
      const since = Date.now();
      const write = (file: string, secondsAgo: number) => {
        mkdirSync(join(dir, file, '..'), { recursive: true });
        writeFileSync(join(dir, file), file);
        const at = new Date(since - secondsAgo * 1000);
        utimesSync(join(dir, file), at, at);
      };
      write('quotes/gone/index.html', 60);
      write('quotes/kept/index.html', -1);
      write('quotes/kept/citation.bib', 60);
      write('index.html', -1);
      write('.git/HEAD', 60);
      // A page an incremental build skipped: not written again, but one of this build's pages.
      write('quotes/skipped/index.html', 60);
      expect(removeOlder(dir, since, new Set(['.git']), new Set([join(dir, 'quotes/skipped/index.html')]))).toBe(2);
      expect(existsSync(join(dir, 'quotes/skipped/index.html'))).toBe(true);
      expect(existsSync(join(dir, '.git/HEAD'))).toBe(true);
      expect(existsSync(join(dir, 'quotes/gone'))).toBe(false);
      expect(existsSync(join(dir, 'quotes/kept/index.html'))).toBe(true);
      expect(existsSync(join(dir, 'quotes/kept/citation.bib'))).toBe(false);
      expect(existsSync(join(dir, 'index.html'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
