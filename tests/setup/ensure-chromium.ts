/**
 * Run before the tests: makes sure a Chromium is there, installing Debian's package with
 * apt when none is found and we are root. Anything else gets a message that says what to do.
 */
import { execFileSync } from 'node:child_process';
import { findChromium } from './chromium.ts';

const found = findChromium();
if (found) {
  console.log(`Chromium for tests: ${found.executablePath ?? "Playwright's own build"} (${found.source})`);
} else if (process.getuid?.() === 0) {
  console.log('No Chromium found: installing Debian package chromium with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  const installed = findChromium();
  if (!installed) throw new Error('apt-get installed chromium, but no binary was found at /usr/bin/chromium');
  console.log(`Chromium for tests: ${installed.executablePath}`);
} else {
  console.error('No Chromium found. Install Debian package chromium (as root: apt-get install -y chromium),');
  console.error('or set CHROMIUM_PATH to a Chromium binary.');
  process.exit(1);
}
