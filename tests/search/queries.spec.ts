/**
 * The versioned query set (queries.yaml): for every query, the page a reader expects is
 * among the first results, and where asked, the result points to the exact paragraph.
 * One page visit per locale, searching one query after the other as a reader does in the field
 * (opening the page anew for each query cost about 0.3 s more a query); every query that fails
 * is reported.
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

for (const { code } of locales) {
  const set = queries.filter((q) => q.locale === code);
  test(`${code}: each of the ${set.length} queries finds its page in the first results, at the place asked for`, async ({ visitor: page }) => {
    await page.goto(searchUrl(code, ''));
    const field = page.locator('#search-query');
    for (const q of set) {
      const within = q.within ?? 3;
      // An empty search clears the results and their count, so the next count is the next query's.
      await field.fill('');
      await field.press('Enter');
      await field.fill(q.query);
      await field.press('Enter');
      const results = await shownResults(page);
      const paths = results.map((r) => r.path);
      const at = paths.indexOf(q.expect);
      const found = `'${q.query}' → ${q.expect}; results: ${paths.slice(0, 8).join(' ')}`;
      expect.soft(at, found).toBeGreaterThanOrEqual(0);
      expect.soft(at, `${found}: not in the first ${within}`).toBeLessThan(within);
      if (q.anchor) expect.soft(results[at]?.places, `'${q.query}' → #${q.anchor}`).toContain(`#${q.anchor}`);
    }
  });
}
