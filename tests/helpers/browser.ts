import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type BrowserServer,
} from 'playwright-core';
import { existsSync } from 'node:fs';
import { CHROMIUM_FLAGS, TEST_CHROMIUM_PATH } from '../../scripts/chromium.ts';
import { installCommand } from '../../scripts/system-deps.ts';
import { AXE_SOURCE } from './axe.ts';

/** Fail with a clear fix when Chromium is missing. */
function requireChromium(): void {
  if (!existsSync(TEST_CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${TEST_CHROMIUM_PATH}: run \`${installCommand(['chromium-headless-shell', 'fonts-dejavu-core'])}\` or set CHROMIUM_PATH.`,
    );
  }
}

/** Start one headless Chromium that every test file of a run connects to (globalSetup). */
export async function launchBrowserServer(): Promise<BrowserServer> {
  requireChromium();
  return chromium.launchServer({ executablePath: TEST_CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
}

/**
 * Headless Chromium for a test file: the run's shared browser when its setup started one
 * (connecting takes milliseconds, launching most of a second), else a browser of its own.
 * A file that reads the clipboard asks for its own (`shared: false`): a browser has one
 * clipboard, and files run at the same time would read each other's copies.
 * Closing it disconnects, or stops the file's own browser.
 */
export async function launchBrowser({ shared = true }: { shared?: boolean } = {}): Promise<Browser> {
  const endpoint = process.env.E2E_BROWSER_WS;
  if (endpoint && shared) {
    const connected = await chromium.connect(endpoint).catch(() => undefined);
    if (connected) return connected;
  }
  requireChromium();
  return chromium.launch({ executablePath: TEST_CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
}

/**
 * A fresh context. With `axe`, every page it opens carries axe-core before its own scripts
 * run, for files that check every page they visit; elsewhere `axeViolations` adds axe to
 * the one page it checks (sending half a megabyte of script with every page costs more).
 */
export async function newContext(
  browser: Browser,
  options: BrowserContextOptions = {},
  { axe = false }: { axe?: boolean } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  if (axe) await context.addInitScript(AXE_SOURCE);
  return context;
}
