import { expect, test } from './visitor.ts';
import { cacheControl, securityHeaders } from '../../src/security/headers.ts';
import { axe, desktop, narrow } from './axe.ts';
import { locales, sourceLocale } from '../../src/i18n/locales.ts';
import { splitPath } from '../../src/i18n/routes.ts';
import { builtPolicy, notFoundPaths, sitemapPaths } from './built-site.ts';
import { watch } from './watch.ts';

// One browser visit per page of every locale, through nginx as deployed: its headers, the page
// reflowed at 320 px and at desktop width, the heading on a phone's first screen, and a watch for
// console errors, policy violations, cookies and requests off this machine.
//
// The 30 checklist results of a locale are one template listing steps: the visit goes to the four
// that together show every step (the most and the fewest answers 'yes', from the EU and from
// Ukraine). The static checks (tests/static/) still read all 30, and checklist.spec.ts their steps.
const contentSecurityPolicy = builtPolicy();
const route = (path: string) => splitPath(path).route;
const checklistResult = /^wat-geldt-voor-mij\/[^/]+\/$/;
const checklistSample =
  /^wat-geldt-voor-mij\/(eu|eu-werk-uitzendbureau-huisvesting-langer-kinderen|oekraine|oekraine-werk-uitzendbureau-huisvesting-kinderen)\/$/;
const allPages = [...sitemapPaths, ...notFoundPaths];
const pages = allPages.filter((p) => !checklistResult.test(route(p)) || checklistSample.test(route(p)));

// Axe, at about 0.4 s a run, goes where a fault can hide:
// - at desktop width on every visited page of Dutch, whose content every translation follows
//   block for block, and of each right-to-left locale, whose layout is mirrored and whose text
//   the build changes (src/i18n/bidi.ts);
// - at both widths on the first page of each page type in every locale: pages of one type share
//   their template and styles; what differs between them is their text, which the static checks
//   read on every page (names, headings, ids, languages, valid HTML) and the reflow check lays out.
const pageType = (path: string) =>
  `/${route(path)}`
    .replace(/^\/(activiteiten|conclusies|gids|hulp|werken|oekraine|wat-geldt-voor-mij)\/[^/]+\/$/, '/$1/*')
    .replace(/^\/(privacy|toegankelijkheid|over-de-bronnen)\/$/, '/prose');
const locale = (path: string) => splitPath(path).locale;
const seen = new Set<string>();
const firstOfType = new Set(pages.filter((p) => !seen.has(`${locale(p)} ${pageType(p)}`) && seen.add(`${locale(p)} ${pageType(p)}`)));
const everyPageLocales = new Set<string>(locales.filter((l) => l.code === sourceLocale || l.dir === 'rtl').map((l) => l.code));
const desktopAxe = new Set(pages.filter((p) => firstOfType.has(p) || everyPageLocales.has(locale(p))));

// One page for all the pages a worker visits (visitor.ts): what one page could leave for the
// next (a cookie, a listener) is what the watch looks for, and each test stops its own watch.
test('the accessibility check does find violations where there are some', async ({ page }) => {
  await page.setContent('<html><body><img src="x.png"><a href="/"></a></body></html>');
  const ids = (await axe(page)).violations.map((v) => v.id);
  expect(ids).toEqual(expect.arrayContaining(['image-alt', 'link-name', 'html-has-lang']));
});

test('the visit covers every page but 26 of the 30 checklist results per locale; axe every page type of every locale, and every page of Dutch and right-to-left locales', () => {
  console.log(
    `visited, with reflow at 320 px and desktop width: ${pages.length} of ${allPages.length} pages (4 of the 30 checklist results per locale); axe at desktop width: ${desktopAxe.size} pages; at 320 px: ${firstOfType.size} (one per page type and locale)`,
  );
  expect(allPages.length - pages.length).toBe(locales.length * 26);
  const types = new Set(pages.map(pageType)).size;
  expect(firstOfType.size).toBe(locales.length * types);
  for (const code of everyPageLocales)
    expect(
      pages.filter((p) => locale(p) === code && !desktopAxe.has(p)),
      code,
    ).toEqual([]);
  expect(desktopAxe.size).toBe(firstOfType.size + pages.filter((p) => everyPageLocales.has(locale(p))).length - everyPageLocales.size * types);
});

for (const path of pages) {
  test(`${path}: ${desktopAxe.has(path) ? 'no axe violations, ' : ''}no sideways scrolling at 320 px, its policy, and no error, cookie or request off this machine`, async ({
    visitor: page,
  }) => {
    const { problems, stop } = watch(page);
    await page.setViewportSize(desktop);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const headers = await response!.allHeaders();
    expect(headers['content-security-policy']).toBe(path.includes('zoeken/') ? contentSecurityPolicy.search : contentSecurityPolicy.page);
    for (const [header, value] of Object.entries(securityHeaders)) expect(headers[header.toLowerCase()], header).toBe(value);
    expect(headers['cache-control']).toBe(cacheControl.other);
    let headingTop: number | undefined;
    for (const viewport of [desktop, narrow]) {
      await page.setViewportSize(viewport);
      if (viewport === desktop ? desktopAxe.has(path) : firstOfType.has(path)) {
        const results = await axe(page);
        // Proof that axe really looked at the page, not at an empty or failed load.
        expect(results.passes.map((r) => r.id)).toEqual(expect.arrayContaining(['html-has-lang', 'color-contrast', 'document-title']));
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary, `at ${viewport.name}`).toEqual([]);
      }
      // One round trip for both (a locator's box costs about 70 ms more a page).
      const layout = await page.evaluate(() => {
        const h1 = document.querySelector('h1');
        return {
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          headingTop: h1 && h1.getClientRects().length > 0 ? h1.getBoundingClientRect().top : undefined,
        };
      });
      expect(layout.overflow, `page is wider than the screen at ${viewport.name}`).toBeLessThanOrEqual(0);
      headingTop = layout.headingTop;
    }
    // On a phone the first screen shows the page, not the header: at 320 × 640 the heading starts
    // at most 360 px from the top, translation notice and breadcrumbs included.
    expect(headingTop, 'top of the h1 at 320 × 640').toBeDefined();
    expect(headingTop, 'top of the h1 at 320 × 640').toBeLessThanOrEqual(360);
    // axe runs in legacy mode (see axe.ts), which does not look inside frames.
    expect(page.frames()).toHaveLength(1);
    stop();
    expect(problems).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
  });
}
