/**
 * Run before the tests: makes sure the tools the tests drive are there, a Chromium, nginx, a
 * Java for the W3C Nu HTML Checker and Debian's Noto fonts (so that screenshots of Arabic and
 * Cyrillic pages show letters, not boxes), installing Debian's packages with apt when one is
 * missing and we are root.
 * Anything else gets a message that says what to do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.ts';
import { findJava } from './java.ts';
import { findNginx } from './nginx.ts';

const missing: string[] = [];
if (!findChromium()) missing.push('chromium');
if (!findNginx()) missing.push('nginx');
if (!findJava()) missing.push('default-jre-headless');
// One file of the package stands for all: Noto's Arabic, which no other font here has.
const notoFonts = '/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf';
if (!existsSync(notoFonts)) missing.push('fonts-noto-core');

if (missing.length > 0) {
  if (process.getuid?.() !== 0) {
    console.error(`Missing for the tests: ${missing.join(', ')}. As root: apt-get install -y ${missing.join(' ')}`);
    console.error('(or set CHROMIUM_PATH to a Chromium binary, NGINX_PATH to an nginx binary, JAVA_PATH to a java binary).');
    process.exit(1);
  }
  console.log(`Installing Debian packages for the tests with apt-get: ${missing.join(', ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
}

const chromium = findChromium();
const nginx = findNginx();
const java = findJava();
if (!chromium) throw new Error('apt-get installed chromium, but no binary was found at /usr/bin/chromium');
if (!nginx) throw new Error('apt-get installed nginx, but no binary was found at /usr/sbin/nginx');
if (!java) throw new Error('apt-get installed default-jre-headless, but no binary was found at /usr/bin/java');
if (!existsSync(notoFonts)) throw new Error(`apt-get installed fonts-noto-core, but ${notoFonts} is not there`);
console.log(`Chromium for tests: ${chromium.executablePath ?? "Playwright's own build"} (${chromium.source})`);
console.log(`nginx for tests: ${nginx}`);
console.log(`Java for the Nu HTML Checker: ${java}`);
