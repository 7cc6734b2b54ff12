/**
 * What the benchmarks share: the built site served by nginx with nginx.conf, as deployed (gzip,
 * the headers), on a port of the benchmark's own, and the tests' Chromium.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from '@playwright/test';
import { findChromium } from '../setup/chromium.ts';

/** dist/, after a check that a searchable build is there. */
export function builtSite(): URL {
  const dist = new URL('../../dist/', import.meta.url);
  if (!existsSync(new URL('pagefind/pagefind-entry.json', dist))) {
    console.error('No searchable build in dist/: run `npm run build` first.');
    process.exit(1);
  }
  return dist;
}

/** Serves `root` (dist/ by default) and resolves once `readyPath` answers; `stop` ends nginx. */
export async function serve(port: number, root?: string, readyPath = '/'): Promise<{ origin: string; stop: () => void }> {
  const origin = `http://localhost:${port}`;
  const host = spawn(process.execPath, ['tests/setup/nginx-host.ts', String(port), ...(root ? [root] : [])], { stdio: ['ignore', 'ignore', 'inherit'] });
  const up = () =>
    fetch(`${origin}${readyPath}`)
      .then((r) => r.ok)
      .catch(() => false);
  for (let i = 0; i < 50 && !(await up()); i += 1) await new Promise((r) => setTimeout(r, 200));
  return { origin, stop: () => host.kill('SIGTERM') };
}

/** The Chromium the tests use. */
export function launchChromium(): Promise<Browser> {
  const choice = findChromium();
  return chromium.launch(choice?.executablePath ? { executablePath: choice.executablePath, args: choice.args } : {});
}

/**
 * What the current document has fetched so far, itself included, or what had finished by `until`
 * (the page's own clock): requests over the network, those from the cache, and the bytes transferred.
 */
export const fetched = (page: Page, until = Number.POSITIVE_INFINITY): Promise<{ network: number; cached: number; bytes: number }> =>
  page.evaluate((until) => {
    const entries = ([...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[]).filter(
      (e) => e.responseEnd <= until,
    );
    const network = entries.filter((e) => e.transferSize > 0);
    return { network: network.length, cached: entries.length - network.length, bytes: network.reduce((sum, e) => sum + e.transferSize, 0) };
  }, until);
