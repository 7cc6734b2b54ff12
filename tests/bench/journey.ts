/**
 * A reader's journey in bytes (a benchmark, not a test), in every locale:
 *   npm run build && npm run bench:journey
 *
 * Home → the guidance section its readers come for → the first page linked there → search, a
 * first query typed → the first result → 'What applies to me?'. Chromium with a cold cache at the
 * start (the cache then fills as the reader goes on), the site served by nginx with nginx.conf
 * (gzip, the cache headers), as deployed. For each step and for the whole journey it prints the
 * requests that went over the network, those served from the cache, and the bytes transferred
 * (headers included, compressed as sent), from the browser's resource timing.
 */
import type { Page } from '@playwright/test';
import { type Locale, locales } from '../../src/i18n/locales.ts';
import { localePath, routes } from '../../src/i18n/routes.ts';
import { querySet } from '../search/query-set.ts';
import { builtSite, fetched, launchChromium, serve } from './serve.ts';

builtSite();

interface Step {
  name: string;
  network: number;
  cached: number;
  bytes: number;
}

/** What the current document fetched: itself and every resource, over the network or from the cache. */
const weigh = async (page: Page, name: string): Promise<Step> => ({ name, ...(await fetched(page)) });

const { origin, stop } = await serve(4392);
const browser = await launchChromium();
const journeys: { locale: string; steps: Step[] }[] = [];
try {
  for (const locale of locales) {
    const { lead }: Locale = locale;
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const steps: Step[] = [];
    await page.goto(`${origin}${localePath(locale.code, routes.home)}`, { waitUntil: 'networkidle' });
    steps.push(await weigh(page, 'home'));
    const section = lead ?? 'werken';
    await page.goto(`${origin}${localePath(locale.code, routes.guidance(section, 'index'))}`, { waitUntil: 'networkidle' });
    steps.push(await weigh(page, `${section} (section)`));
    const first = page.locator(`main a[href^="${localePath(locale.code, `${section}/`)}"]:not([href$="/${section}/"])`).first();
    const pagePath = await first.getAttribute('href');
    await Promise.all([page.waitForURL(`**${pagePath}`), first.click()]);
    await page.waitForLoadState('networkidle');
    steps.push(await weigh(page, `page ${pagePath?.replace(`/${locale.code}/`, '/') ?? ''}`));
    const query = querySet.find((q) => q.locale === locale.code)?.query ?? '';
    await page.goto(`${origin}${localePath(locale.code, routes.search)}`, { waitUntil: 'networkidle' });
    await page.locator('#search-query').pressSequentially(query, { delay: 20 });
    const result = page.locator('[data-search-results] > li > a').first();
    await result.waitFor();
    await page.waitForLoadState('networkidle');
    steps.push(await weigh(page, `search '${query}'`));
    await Promise.all([page.waitForEvent('load'), result.click()]);
    await page.waitForLoadState('networkidle');
    steps.push(await weigh(page, 'first result'));
    await page.goto(`${origin}${localePath(locale.code, routes.checklist)}`, { waitUntil: 'networkidle' });
    steps.push(await weigh(page, 'checklist'));
    journeys.push({ locale: locale.code, steps });
    await context.close();
  }
} finally {
  await browser.close();
  stop();
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sum = (steps: Step[]) =>
  steps.reduce((a, s) => ({ network: a.network + s.network, cached: a.cached + s.cached, bytes: a.bytes + s.bytes }), { network: 0, cached: 0, bytes: 0 });
console.log('| locale | step | requests over the network | from the cache | transferred |');
console.log('|---|---|---:|---:|---:|');
for (const j of journeys) {
  for (const s of j.steps) console.log(`| ${j.locale} | ${s.name} | ${s.network} | ${s.cached} | ${kb(s.bytes)} |`);
  const t = sum(j.steps);
  console.log(`| ${j.locale} | **whole journey** | ${t.network} | ${t.cached} | ${kb(t.bytes)} |`);
}
const totals = journeys.map((j) => sum(j.steps).bytes).sort((a, b) => a - b);
console.log(`Whole journey: median ${kb(totals[Math.floor((totals.length - 1) / 2)] ?? 0)}, most ${kb(totals.at(-1) ?? 0)} over ${journeys.length} locales`);
