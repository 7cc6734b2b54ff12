import { expect, test } from '@playwright/test';
import { locales } from '../../src/i18n/locales.ts';
import { localePath, splitPath } from '../../src/i18n/routes.ts';
import { axe, viewports } from './axe.ts';
import { builtPagePaths, notFoundPaths, sitemapPaths } from './built-site.ts';

const pages = [...sitemapPaths(), ...notFoundPaths];

test('the sitemap lists every built page, and every page exists in all six locales', () => {
  const listed = sitemapPaths();
  expect(listed.sort()).toEqual(builtPagePaths().sort());
  const routes = new Set(listed.map((p) => splitPath(p).route));
  for (const locale of locales) {
    for (const route of routes) expect(listed).toContain(localePath(locale.code, route));
  }
});

test('the accessibility check does find violations where there are some', async ({ page }) => {
  await page.setContent('<html><body><img src="x.png"><a href="/"></a></body></html>');
  const ids = (await axe(page)).violations.map((v) => v.id);
  expect(ids).toEqual(expect.arrayContaining(['image-alt', 'link-name', 'html-has-lang']));
});

// One load per page, checked at both widths: the page is resized rather than reloaded,
// which halves the time of the largest suite without checking less.
for (const path of pages) {
  test(`${path} has no axe violations at desktop width and 320 px, no sideways scrolling and no request off this machine`, async ({ page }) => {
    const offsite: string[] = [];
    page.on('request', (r) => {
      if (!['localhost', '127.0.0.1'].includes(new URL(r.url()).hostname)) offsite.push(r.url());
    });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(path);
    for (const viewport of viewports) {
      await page.setViewportSize(viewport);
      const results = await axe(page);
      // Proof that axe really looked at the page, not at an empty or failed load.
      expect(results.passes.map((r) => r.id)).toEqual(expect.arrayContaining(['html-has-lang', 'color-contrast', 'document-title']));
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary, `at ${viewport.name}`).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `page is wider than the screen at ${viewport.name}`).toBeLessThanOrEqual(0);
    }
    expect(offsite).toEqual([]);
    // axe runs in legacy mode (see axe.ts), which does not look inside frames.
    expect(page.frames()).toHaveLength(1);
  });
}
