import { expect, test } from '@playwright/test';
import { sourceLocale } from '../../src/i18n/locales.ts';
import { lighthousePages, runLighthouse } from '../setup/lighthouse.ts';

// Lighthouse (mobile) on the page types of the issue, through nginx as deployed: the categories
// that do not depend on the machine's speed must be 100. The test run takes the Dutch pages
// (about 20 s); the other locales share their templates, and axe checks every page of every
// locale. `npm run bench:lighthouse` runs all locales and measures performance too.
test(`Lighthouse in ${sourceLocale}: accessibility, best practices and SEO are 100 on the home, conclusion, guidance, checklist, search and finder pages`, async ({
  baseURL,
}) => {
  test.setTimeout(300_000);
  const pages = lighthousePages(sourceLocale);
  const results = await runLighthouse(
    baseURL!,
    pages.map((p) => p.path),
    ['accessibility', 'best-practices', 'seo'],
  );
  expect(results).toHaveLength(pages.length);
  for (const r of results) {
    expect({ path: r.path, ...r.scores, failing: r.failing }).toEqual({ path: r.path, accessibility: 100, 'best-practices': 100, seo: 100, failing: [] });
  }
});
