import { createServer, type Server } from 'node:http';
import { spawnSync } from 'node:child_process';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startBuild } from './build-fixture.ts';
import { freePort, startNginx } from './nginx.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where nginx serves the site: origin and base path (`http://127.0.0.1:1234/annotated/`). */
    siteUrl: string;
    siteBase: string;
    /** The base-path build on disk, complete once `siteBuilt()` resolves (site-build.ts). */
    siteDist: string;
    /** Where the build's outcome is written when it ends. */
    siteBuildOutcome: string;
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
  // The build runs in the background while the unit and build tests run (the deploy tests
  // come later and wait for it): on two cores that hides most of its time.
  const build = startBuild('./content', { BASE_PATH: BASE });
  const outcome = `${build.outDir}.json`;
  const finished = build.finished.then((result) => {
    // nginx's workers run as an unprivileged user: let them read the build.
    spawnSync('chmod', ['-R', 'a+rX', build.outDir]);
    writeFileSync(outcome, JSON.stringify(result));
  });
  chmodSync(build.outDir, 0o755);
  const nginx = await startNginx(build.outDir, BASE);
  const framerPort = await freePort();
  const framer: Server = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(
      `<!doctype html><title>Framer</title><iframe src="${nginx.origin}${BASE}articles/putin-zelensky-meeting/" title="site"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => framer.listen(framerPort, '127.0.0.1', resolve));
  project.provide('siteUrl', `${nginx.origin}${BASE}`);
  project.provide('siteBase', BASE);
  project.provide('siteDist', build.outDir);
  project.provide('siteBuildOutcome', outcome);
  project.provide('nginxConfig', nginx.config);
  project.provide('framerUrl', `http://localhost:${framerPort}/`);
  return async () => {
    nginx.stop();
    framer.close();
    await finished;
    rmSync(build.outDir, { recursive: true, force: true });
    rmSync(outcome, { force: true });
  };
}
