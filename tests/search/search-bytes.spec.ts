/**
 * What a reader on mobile data pays for a search: the bytes transferred from opening the search
 * page with a query (`?q=`, as the field in every page's header sends it) until the first result
 * shows, page and Pagefind included, served by nginx as deployed. Per locale, the query of the
 * set with the most words: each word needs an index chunk of its own (about 1.3 KB, see
 * src/search/index-chunks.ts). Bytes, not time: `npm run bench:search` measures time, and the
 * same bytes after typing. The budget is #17's: measured 98–110 KB.
 */
import { expect, test } from '@playwright/test';
import { localeCodes } from '../../src/i18n/locales.ts';
import { querySet } from './query-set.ts';
import { searchUrl } from './search-results.ts';

const words = (query: string) => query.split(/\s+/).length;
const heaviest = localeCodes.map((locale) => querySet.filter((q) => q.locale === locale).sort((a, b) => words(b.query) - words(a.query))[0]!);

for (const { locale, query } of heaviest) {
  test(`in ${locale}, opening the search page with '${query}' transfers at most 115 KB until the first result shows, with the text of that one result only`, async ({
    page,
  }) => {
    // Counted in the page, at the moment the first result is added: resources finished by then.
    await page.addInitScript(() => {
      const w = window as unknown as { atFirstResult: Promise<PerformanceResourceTiming[]> };
      w.atFirstResult = new Promise((resolve) => {
        new MutationObserver((_, observer) => {
          if (!document.querySelector('[data-search-results] > li')) return;
          observer.disconnect();
          resolve([...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[]);
        }).observe(document, { childList: true, subtree: true });
      });
    });
    await page.goto(searchUrl(locale, query));
    const fetched = await page.evaluate(async () =>
      (await (window as unknown as { atFirstResult: Promise<PerformanceResourceTiming[]> }).atFirstResult).map((e) => ({
        path: new URL(e.name).pathname,
        bytes: e.transferSize,
      })),
    );
    const total = fetched.reduce((sum, f) => sum + f.bytes, 0);
    console.log(`${locale} '${query}': ${(total / 1024).toFixed(1)} KB in ${fetched.length} responses until the first result`);
    expect(fetched.map((f) => f.path)).toEqual(expect.arrayContaining(['/pagefind/pagefind.js']));
    expect(fetched.filter((f) => f.path.includes('/fragment/')).length, 'result texts fetched before the first shows').toBeLessThanOrEqual(1);
    expect(total).toBeLessThanOrEqual(115 * 1024);
  });
}
