/**
 * Browser tests drive Debian's Chromium (no browser downloads here). Installs it when missing,
 * which needs root (CI and these machines run as root); otherwise says what to run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (existsSync(CHROMIUM)) process.exit(0);
if (process.getuid?.() !== 0) {
  console.error(
    `Chromium is missing at ${CHROMIUM}. Install it: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`,
  );
  process.exit(1);
}
console.log('Installing Chromium from Debian packages for the browser tests...');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'], {
  stdio: 'inherit',
  env,
});
if (!existsSync(CHROMIUM)) {
  console.error('Chromium install finished but the binary is still missing.');
  process.exit(1);
}
