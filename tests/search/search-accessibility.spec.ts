/**
 * axe on the search page in each state a reader can bring it to, in every locale, at
 * desktop width and at 320 px: with results (and the Dutch original added outside Dutch), with
 * nothing found, and filtered down to nothing. The page as it opens, empty, is checked with every
 * other page (tests/site/accessibility.spec.ts).
 */
import { expect, test } from '../site/visitor.ts';
import { locales, sourceLocale } from '../../src/i18n/locales.ts';
import { axe, desktop, narrow } from '../site/axe.ts';
import { searchUrl, settled } from './search-results.ts';

const states = [
  { name: 'with results', query: 'Planeetbaan', extra: '' },
  { name: 'with nothing found', query: 'zzqxj', extra: '' },
  { name: 'filtered to nothing', query: '951', extra: '&section=glossary&conclusion=3' },
];

for (const locale of locales) {
  for (const state of states) {
    const extra = state.name === 'with results' && locale.code !== sourceLocale ? '&nl=1' : state.extra;
    test(`${locale.code}: the search page ${state.name} has no axe violations at desktop width and 320 px`, async ({ visitor: page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(searchUrl(locale.code, state.query, extra));
      await settled(page);
      for (const viewport of [desktop, narrow]) {
        await page.setViewportSize(viewport);
        const results = await axe(page);
        expect(results.passes.map((r) => r.id)).toContain('color-contrast');
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary, `at ${viewport.name}`).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `wider than the screen at ${viewport.name}`).toBeLessThanOrEqual(0);
      }
    });
  }
}
