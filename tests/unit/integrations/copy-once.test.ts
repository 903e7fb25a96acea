import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CopyLog } from '../../../src/integrations/copy-once.ts';
import { removeOlder } from '../../../src/integrations/stale-files.ts';

describe('files copied into dist/ once', () => {
  it('are copied again only when their content, their copy or the output folder changed, and stay this build’s', () => {
    const root = mkdtempSync(join(tmpdir(), 'copy-once-'));
    try {
      const log = join(root, 'copied.json');
      const [a, b, out] = [join(root, 'a.png'), join(root, 'b.png'), join(root, 'out')];
      writeFileSync(a, 'card a');
      writeFileSync(b, 'card b!');
      mkdirSync(out);
      const card = (name: string) => join(out, name);
      /** One build's copies into `folder`; returns how many files it copied. */
      const build = (folder: string, files: [from: string, to: string, key: string][]) => {
        const copies = new CopyLog(log, folder);
        for (const [from, to, key] of files) copies.copy(from, to, key);
        copies.save();
        return copies.copied;
      };

      expect(
        build(out, [
          [a, card('1.png'), 'a'],
          [b, card('2.png'), 'b'],
        ]),
      ).toBe(2);
      expect(
        build(out, [
          [a, card('1.png'), 'a'],
          [b, card('2.png'), 'b'],
        ]),
      ).toBe(0);

      // The next build starts a minute after the copies were made.
      const past = new Date(Date.now() - 60_000);
      for (const f of ['1.png', '2.png']) utimesSync(card(f), past, past);
      // A log made before the time stamps changed no longer matches: copied again, once.
      expect(
        build(out, [
          [a, card('1.png'), 'a'],
          [b, card('2.png'), 'b'],
        ]),
      ).toBe(2);
      for (const f of ['1.png', '2.png']) utimesSync(card(f), past, past);
      build(out, [
        [a, card('1.png'), 'a'],
        [b, card('2.png'), 'b'],
      ]);
      const started = Date.now() - 1;
      // A page that now shows another card gets it; the other file is only touched, and both
      // are this build's, so stale-files keeps them.
      expect(
        build(out, [
          [a, card('1.png'), 'a'],
          [a, card('2.png'), 'a'],
        ]),
      ).toBe(1);
      expect(readFileSync(card('2.png'), 'utf8')).toBe('card a');
      expect(statSync(card('1.png')).mtimeMs).toBeGreaterThanOrEqual(started);
      expect(removeOlder(out, started)).toBe(0);

      // A copy changed since (another size) is copied again; so is every file in another folder.
      writeFileSync(card('1.png'), 'edited by hand');
      expect(build(out, [[a, card('1.png'), 'a']])).toBe(1);
      expect(readFileSync(card('1.png'), 'utf8')).toBe('card a');
      expect(build(root, [[a, join(root, 'x.png'), 'a']])).toBe(1);
      expect(build(out, [[a, card('1.png'), 'a']])).toBe(1);
      // An unreadable log copies everything.
      writeFileSync(log, '{not json');
      expect(build(out, [[a, card('1.png'), 'a']])).toBe(1);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
