/**
 * Which Chromium the browser tests drive: the one CHROMIUM_PATH names, else Playwright's
 * own build where it is installed, else Debian's /usr/bin/chromium (which
 * `ensure-test-tools.ts` installs when it is missing). Playwright cannot download its own
 * browsers on these machines, so the Debian package is the usual case.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const systemChromiumPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Flags for a system Chromium run as root on a machine without outside network. */
export const systemChromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export interface ChromiumChoice {
  /** Undefined means Playwright's own build. */
  executablePath: string | undefined;
  args: string[];
  source: 'CHROMIUM_PATH' | 'playwright' | 'system';
}

export function findChromium(): ChromiumChoice | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist`);
    return { executablePath: fromEnv, args: systemChromiumFlags, source: 'CHROMIUM_PATH' };
  }
  if (existsSync(chromium.executablePath())) return { executablePath: undefined, args: [], source: 'playwright' };
  const system = systemChromiumPaths.find((p) => existsSync(p));
  return system ? { executablePath: system, args: systemChromiumFlags, source: 'system' } : undefined;
}
