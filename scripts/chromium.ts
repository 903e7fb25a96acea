/**
 * Debian's Chromium, as tests and the benchmark drive it: browsers cannot be downloaded
 * here, so CHROMIUM_PATH points at the system one. The flags keep it off the network it
 * cannot reach; without them it waits on connections that are refused.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
