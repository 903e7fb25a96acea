import { createServer, type Server } from 'node:http';
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildInto } from '../build/build-fixture.ts';
import { freePort, startNginx } from './nginx.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where nginx serves the site: origin and base path (`http://127.0.0.1:1234/annotated/`). */
    siteUrl: string;
    siteBase: string;
    /** The base-path build on disk. */
    siteDist: string;
    /** The nginx server block in use, as generated. */
    nginxConfig: string;
    /** A page on another origin that tries to frame the site. */
    framerUrl: string;
  }
}

/** The path the deployment tests put the site under. */
export const BASE = '/annotated/';

/**
 * The site as a newsroom deploys it: built for a sub-path, served by Debian's nginx with
 * the configuration we ship, which serves nothing outside that path, so a single
 * root-relative link anywhere fails. A second server on another origin tries to frame it.
 */
export default async function setup(project: TestProject) {
  const build = buildInto('./content', { BASE_PATH: BASE });
  if (build.status !== 0) throw new Error(`the base-path build failed:\n${build.output}`);
  const nginx = await startNginx(build.outDir, BASE);
  const framerPort = await freePort();
  const framer: Server = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><title>Framer</title><iframe src="${nginx.origin}${BASE}articles/putin-zelensky-meeting/" title="site"></iframe>`);
  });
  await new Promise<void>((resolve) => framer.listen(framerPort, '127.0.0.1', resolve));
  project.provide('siteUrl', `${nginx.origin}${BASE}`);
  project.provide('siteBase', BASE);
  project.provide('siteDist', build.outDir);
  project.provide('nginxConfig', nginx.config);
  project.provide('framerUrl', `http://localhost:${framerPort}/`);
  return () => {
    nginx.stop();
    framer.close();
    rmSync(build.outDir, { recursive: true, force: true });
  };
}
