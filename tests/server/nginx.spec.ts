import { expect, test } from '@playwright/test';
import { localeCodes } from '../../src/i18n/locales.ts';
import { cacheControl } from '../../src/security/headers.ts';
import { shownResults, searchUrl } from '../search/search-results.ts';
import { uiStrings } from '../content/files.ts';
import { watch } from '../site/watch.ts';
import { builtPolicy } from '../site-map.ts';

const contentSecurityPolicy = builtPolicy();

// The site as deployed: dist/ through real nginx with the repository's nginx.conf.

// Every page's headers and watch: tests/site/accessibility.spec.ts, in its one visit per page.

test('a script the policy does not allow is refused, and the watch above reports it', async ({ page }) => {
  const { problems } = watch(page);
  await page.goto('/conclusies/5/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.title = "injected"';
    document.body.append(script);
  });
  await expect.poll(() => problems.join('\n')).toMatch(/Content Security Policy/);
  expect(await page.title()).not.toBe('injected');
});

test('the finder filters under the policy', async ({ page }) => {
  const { problems } = watch(page);
  await page.goto('/activiteiten/?category=taal');
  await expect(page.locator('[data-finder-form]')).toBeVisible();
  await expect(page.locator('[data-finder-status]')).toHaveText(/\d/);
  const shown = await page.locator('[data-finder-list] li[data-finder-item]:visible').count();
  const all = await page.locator('[data-finder-list] li[data-finder-item]').count();
  expect(shown).toBeLessThan(all);
  expect(problems).toEqual([]);
});

for (const locale of ['nl', 'en', 'bg'] as const) {
  test(`search in ${locale} finds results under its own policy, which alone allows WebAssembly`, async ({ page }) => {
    const { problems } = watch(page);
    const response = await page.goto(searchUrl(locale, locale === 'bg' ? 'Mindfit' : 'Planeetbaan'));
    expect((await response!.allHeaders())['content-security-policy']).toBe(contentSecurityPolicy.search);
    expect((await shownResults(page)).length).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
}

test('fingerprinted files are cached for a year, everything else revalidated', async ({ page, request }) => {
  await page.goto('/zoeken/?q=COA');
  await shownResults(page);
  const files = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  const fingerprinted = files.filter((f) => /^\/(_astro\/|pagefind\/(fragment|index|filter)\/|pagefind\/[^/]+\.pf_meta$)/.test(f));
  expect(fingerprinted.length).toBeGreaterThan(3);
  for (const file of fingerprinted) {
    const headers = (await request.head(file)).headers();
    expect(headers['cache-control'], file).toBe(cacheControl.fingerprinted);
    // Not documents: they come without the policy (src/security/headers.ts).
    expect(headers['content-security-policy'], file).toBeUndefined();
  }
  for (const file of ['/pagefind/pagefind.js', '/data/v1/commitments.json', '/toezeggingen/feed.xml']) {
    expect((await request.head(file)).headers()['cache-control'], file).toBe(cacheControl.other);
  }
  expect((await request.head('/toezeggingen/feed.xml')).headers()['content-type']).toContain('application/atom+xml');
  expect((await request.head('/data/v1/commitments.csv')).headers()['content-type']).toContain('text/csv');
});

for (const locale of localeCodes) {
  test(`an unknown address in ${locale} gets that locale's 'page not found', with status 404 and the headers`, async ({ page }) => {
    const prefix = locale === 'nl' ? '' : `/${locale}`;
    const response = await page.goto(`${prefix}/bestaat-niet/`);
    expect(response?.status()).toBe(404);
    expect((await response!.allHeaders())['content-security-policy']).toBe(contentSecurityPolicy.page);
    await expect(page.locator('html')).toHaveAttribute('lang', new RegExp(`^${locale}`));
    await expect(page.locator('h1')).toHaveText(uiStrings(locale)('notFound.title'));
  });
}

test('an address without its trailing slash is sent on to the page, on this same host; the files for hosts are not served', async ({ request }) => {
  const response = await request.get('/brief', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()['location']).toBe('/brief/');
  // The build's files for hosts are not served.
  for (const file of ['/_headers', '/_nginx/maps.conf', '/_nginx/headers.conf']) expect((await request.get(file)).status(), file).toBe(404);
});
