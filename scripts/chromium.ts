/**
 * Debian's Chromium, as tests and the benchmark drive it: browsers cannot be downloaded
 * here, so both use the system's. The tests drive `chromium-headless-shell`, the same
 * Blink and V8 without the browser's user interface, which costs about half the CPU of
 * the full browser on this suite (the suite is CPU-bound on two cores); the benchmark's
 * Lighthouse audits want the full browser, as a reader has it. CHROMIUM_PATH points both
 * at another binary. The flags keep it off the network it cannot reach; without them it
 * waits on connections that are refused.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The Chromium the tests drive (Debian package `chromium-headless-shell`). */
export const TEST_CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium-headless-shell';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Several pages run at once in tests: none may be slowed down as a background tab.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  // The site has one origin: a process per site buys nothing here and costs about 7% CPU.
  '--disable-site-isolation-trials',
];
