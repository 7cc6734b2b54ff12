import { defineConfig } from '@playwright/test';
import { findChromium } from './tests/setup/chromium.ts';
import { fixtureRoot } from './tests/setup/finder-fixture-data.ts';

// The built site through nginx with the repository's nginx.conf, as deployed, on ports of its
// own, so a developer's `npm start` on 4321 does not clash.
const port = 4324;
const fixturePort = 4323;
const browser = findChromium();

export default defineConfig({
  testDir: 'tests',
  fullyParallel: true,
  // One worker per core: the machines have two, and the site tests are CPU-bound.
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    launchOptions: browser?.executablePath ? { executablePath: browser.executablePath, args: browser.args } : {},
  },
  projects: [
    { name: 'site', testDir: 'tests/site' },
    // Search on the built site: the query set and the search page.
    { name: 'search', testDir: 'tests/search' },
    // The finder at 1,000 generated activities (tests/setup/finder-fixture.ts), on its own port.
    { name: 'finder-fixture', testDir: 'tests/finder-fixture', use: { baseURL: `http://localhost:${fixturePort}` } },
    { name: 'server', testDir: 'tests/server' },
  ],
  webServer: [
    {
      command: `node tests/setup/nginx-host.ts ${port}`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `node tests/setup/finder-fixture.ts && node tests/setup/nginx-host.ts ${fixturePort} ${fixtureRoot}`,
      url: `http://localhost:${fixturePort}/activiteiten/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
