import { expect, test } from '@playwright/test';
import { lighthousePages, runLighthouse } from '../setup/lighthouse.ts';

// Lighthouse (mobile) on the page types of the issue, through nginx as deployed: the
// categories that do not depend on the machine's speed must be 100. Performance depends
// on it, so the benchmark measures it (npm run bench:lighthouse), for every locale.
for (const locale of ['nl', 'uk'] as const) {
  test(`Lighthouse in ${locale}: accessibility, best practices and SEO are 100 on the home, conclusion, guidance, search and finder pages`, async ({ baseURL }) => {
    test.setTimeout(300_000);
    const pages = lighthousePages(locale);
    const results = await runLighthouse(baseURL!, pages.map((p) => p.path), ['accessibility', 'best-practices', 'seo']);
    expect(results).toHaveLength(pages.length);
    for (const r of results) {
      expect({ path: r.path, ...r.scores, failing: r.failing }).toEqual({ path: r.path, accessibility: 100, 'best-practices': 100, seo: 100, failing: [] });
    }
  });
}
