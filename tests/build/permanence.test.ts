import { describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import { rmSync } from 'node:fs';
import sirv from 'sirv';
import { buildInto, contentWith } from './build-fixture.ts';
import { checkBuild } from '../../scripts/links.ts';
import { launchBrowser } from '../e2e/browser.ts';

const ARTICLE = '/articles/putin-zelensky-meeting/';
const RENAME = { 'articles/putin-zelensky-meeting.md': [['^## Moscow’s cool response$', '## Moscow’s response']] as [string, string][] };

/** Serve a build folder on loopback while `use` runs. */
async function serving<T>(dir: string, use: (base: string) => Promise<T>): Promise<T> {
  const server = createServer(sirv(dir, { dev: false }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  try {
    return await use(`http://127.0.0.1:${port}`);
  } finally {
    server.close();
  }
}

describe('published links', () => {
  it('the check fails naming a section id that disappeared', () => {
    const content = contentWith({ edit: RENAME });
    const build = buildInto(content);
    try {
      expect(build.status, build.output).toBe(0);
      const message = checkBuild(build.outDir, 'content/published-links.json', content);
      expect(message).toContain(`Published links no longer resolve:\n  - ${ARTICLE}#moscows-cool-response`);
      expect(message).toContain('declare where it went in content/aliases.yaml');
      expect(message).toContain(`${ARTICLE}#moscows-response`);
    } finally {
      rmSync(build.outDir, { recursive: true, force: true });
      rmSync(content, { recursive: true, force: true });
    }
  });

  it('an alias sends the old id to its new target in Chromium, and a moved page redirects', async () => {
    const aliases = `pages:\n  /people/: /glossary/\nfragments:\n  ${ARTICLE}:\n    moscows-cool-response: moscows-response\n`;
    const content = contentWith({ edit: RENAME, add: { 'aliases.yaml': aliases } });
    const build = buildInto(content);
    try {
      expect(build.status, build.output).toBe(0);
      expect(checkBuild(build.outDir, 'content/published-links.json', content)).not.toContain('no longer resolve');
      await serving(build.outDir, async (base) => {
        const browser = await launchBrowser();
        try {
          const page = await browser.newPage();
          await page.goto(`${base}${ARTICLE}#moscows-cool-response`);
          await page.waitForURL(`**${ARTICLE}#moscows-response`);
          expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('moscows-response');
          await page.goto(`${base}/people/`);
          await page.waitForURL(`${base}/glossary/`);
        } finally {
          await browser.close();
        }
      });
    } finally {
      rmSync(build.outDir, { recursive: true, force: true });
      rmSync(content, { recursive: true, force: true });
    }
  });
});
