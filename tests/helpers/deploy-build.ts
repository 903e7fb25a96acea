import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, inject } from 'vitest';
import type { BuildResult } from './build-fixture.ts';

/**
 * Wait, before a file's tests, for the base-path build that setup.ts started; fail them
 * all with the build's own output if it failed.
 */
export function whenSiteBuilt(): void {
  beforeAll(async () => {
    const outcome = inject('siteBuildOutcome');
    while (!existsSync(outcome)) await new Promise((resolve) => setTimeout(resolve, 100));
    const result = JSON.parse(readFileSync(outcome, 'utf8')) as BuildResult;
    if (result.status !== 0) throw new Error(`the base-path build failed:\n${result.output}`);
  });
}
