import { expect, test } from '@playwright/test';
import { localeCodes } from '../../src/i18n/locales.ts';
import { lighthousePages, runLighthouse } from '../setup/lighthouse.ts';

// Lighthouse (mobile) on the page types of the issue in every locale, through nginx as
// deployed: the categories that do not depend on the machine's speed must be 100 (about
// 20 s a locale). Performance depends on it, so the benchmark measures it
// (npm run bench:lighthouse).
for (const locale of localeCodes) {
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
