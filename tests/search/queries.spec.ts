/**
 * The versioned query set (queries.yaml): for every query, the page a reader expects is
 * among the first results, and where asked, the result points to the exact paragraph.
 */
import { expect, test } from '../site/visitor.ts';
import { locales } from '../../src/i18n/locales.ts';
import { querySet as queries } from './query-set.ts';
import { searchUrl, shownResults } from './search-results.ts';

test('the query set covers every locale: at least 25 Dutch queries and 5 in each other language', () => {
  for (const l of locales) {
    expect(queries.filter((q) => q.locale === l.code).length, l.code).toBeGreaterThanOrEqual(l.code === 'nl' ? 25 : 5);
  }
});

for (const q of queries) {
  const within = q.within ?? 3;
  test(`${q.locale}: '${q.query}' finds ${q.expect}${q.anchor ? `#${q.anchor}` : ''} in the first ${within}`, async ({ visitor: page }) => {
    await page.goto(searchUrl(q.locale, q.query));
    const results = await shownResults(page);
    const paths = results.map((r) => r.path);
    const at = paths.indexOf(q.expect);
    expect(at, `results: ${paths.slice(0, 8).join(' ')}`).toBeGreaterThanOrEqual(0);
    expect(at, `results: ${paths.slice(0, 8).join(' ')}`).toBeLessThan(within);
    if (q.anchor) expect(results[at]?.places).toContain(`#${q.anchor}`);
  });
}
