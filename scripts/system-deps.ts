/**
 * What the tests need from the system, and how a fresh Debian machine gets it: Debian's
 * Chromium (its headless shell) for the browser tests (browsers cannot be downloaded from elsewhere) with the
 * DejaVu fonts the timeline chart is measured in, and nginx with its brotli module for the
 * deployment tests. `npm test` runs this first, as `playwright install --with-deps` does:
 * it installs what is missing with apt-get (as root), saying what it installs, and where it
 * cannot, stops with the exact command to run. CHROMIUM_PATH and NGINX_PATH point the tests
 * at other binaries; then nothing is installed for them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { TEST_CHROMIUM_PATH } from './chromium.ts';

export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';
const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

interface Need {
  what: string;
  path: string;
  /** The Debian packages that provide it, or undefined when a setting points elsewhere. */
  packages?: string[];
  setting?: string;
}

/** What the tests need, and which Debian package gives each. */
export const NEEDS: Need[] = [
  process.env.CHROMIUM_PATH
    ? { what: 'Chromium (CHROMIUM_PATH)', path: TEST_CHROMIUM_PATH, setting: 'CHROMIUM_PATH' }
    : {
        what: 'Chromium’s headless shell, for the browser tests',
        path: TEST_CHROMIUM_PATH,
        packages: ['chromium-headless-shell'],
      },
  { what: 'the DejaVu fonts, which the timeline chart is measured in', path: DEJAVU, packages: ['fonts-dejavu-core'] },
  process.env.NGINX_PATH
    ? { what: 'nginx (NGINX_PATH)', path: NGINX_PATH, setting: 'NGINX_PATH' }
    : { what: 'nginx, for the deployment tests', path: NGINX_PATH, packages: ['nginx'] },
  { what: 'nginx’s brotli module', path: BROTLI_MODULE, packages: ['libnginx-mod-http-brotli-filter'] },
];

/** The needs a machine lacks. */
export const missing = (needs: Need[] = NEEDS) => needs.filter((n) => !existsSync(n.path));

/** The command that installs the packages these needs come in. */
export const installCommand = (packages: string[]) =>
  `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${packages.join(' ')}`;

function main(): number {
  const lacking = missing();
  if (lacking.length === 0) return 0;
  const unset = lacking.filter((n) => n.setting);
  if (unset.length > 0) {
    for (const n of unset)
      console.error(
        `${n.setting} is ${n.path}, where there is nothing: set it to the binary, or unset it to use Debian’s.`,
      );
    return 1;
  }
  const packages = [...new Set(lacking.flatMap((n) => n.packages ?? []))];
  console.log(`The tests need what this machine lacks:\n${lacking.map((n) => `  - ${n.what} (${n.path})`).join('\n')}`);
  const command = installCommand(packages);
  const root = process.getuid?.() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (!root || !apt) {
    console.error(
      `${apt ? 'Installing them needs root' : 'This is not a Debian machine (no apt-get)'}. Run:\n  ${apt ? `sudo sh -c '${command}'` : command}\nthen run the tests again.`,
    );
    return 1;
  }
  console.log(`Installing Debian’s ${packages.join(', ')}:\n  ${command}`);
  const result = spawnSync('sh', ['-c', command], { stdio: 'inherit' });
  if (result.status !== 0 || missing().length > 0) {
    console.error(
      `The installation did not give the tests what they need. Run it yourself and read its messages:\n  ${command}`,
    );
    return 1;
  }
  return 0;
}

if (process.argv[1]?.endsWith('system-deps.ts')) process.exit(main());
