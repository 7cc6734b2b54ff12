/**
 * The search page as readers use it: the header field, typing, filters, the URL and the
 * back button, the keyboard, the Dutch original, results that point to a paragraph and
 * mark the words there, and the page without JavaScript.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { type Locale, locales, sourceLocale } from '../../src/i18n/locales.ts';
import { localePath, routes, splitPath } from '../../src/i18n/routes.ts';
import { searchSections } from '../../src/site/search-facets.ts';
import { builtHtml, sitemapPaths, uiStrings } from '../site/built-site.ts';
import { searchUrl, settled, shownResults } from './search-results.ts';

const nl = uiStrings('nl');
const sectionsIn = (code: string) => searchSections.map((s) => uiStrings(code)(`search.section.${s}`));
const dist = new URL('../../dist/', import.meta.url);

/** The pages Pagefind has in one locale's index, asked from Pagefind itself. */
async function indexedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async (bundle) => {
    const pagefind = await import(bundle);
    await pagefind.options({ noWorker: true });
    const all = await pagefind.search(null);
    const data = await Promise.all(all.results.map((r: { data(): Promise<{ url: string }> }) => r.data()));
    // The search page has set Pagefind up to add ?highlight= to addresses; the path is the page.
    return data.map((d) => new URL(d.url, location.href).pathname).sort();
  }, '/pagefind/pagefind.js');
}

test('every page has a search field with a visible label that takes the reader to the search page of its language', async ({ page }) => {
  for (const locale of locales) {
    const t = uiStrings(locale.code);
    await page.goto(localePath(locale.code, routes.conclusion(2)));
    const field = page.getByRole('search').getByLabel(t('search.label'));
    await expect(field).toBeVisible();
    await field.fill('Planeetbaan');
    await field.press('Enter');
    await expect(page).toHaveURL(`${localePath(locale.code, routes.search)}?q=Planeetbaan`);
    expect((await shownResults(page)).map((r) => r.path)).toContain(localePath(locale.code, routes.conclusion(2)));
  }
});

test('results follow the typing, and their number is announced once, after the reader stops', async ({ page }) => {
  // The page's own clock, moved by the test: typing, the pause after it and the announcement
  // do not depend on how busy the machine is.
  await page.clock.install();
  await page.goto(localePath('nl', routes.search));
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.locator('[data-search-status]').evaluate((status) => {
    const w = window as unknown as { announced: string[] };
    w.announced = [];
    new MutationObserver(() => w.announced.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
  });
  const announced = () => page.evaluate(() => (window as unknown as { announced: string[] }).announced.filter((a) => a !== ''));
  await page.getByLabel(nl('search.label')).pressSequentially('arbeidsmigranten');
  // Nothing happened while the reader typed: the page's timers wait for the clock.
  expect(await announced()).toEqual([]);
  // The results come after the short pause. Pagefind's own timers run on the same clock, so
  // the clock moves on in small steps until they show.
  await expect
    .poll(async () => {
      await page.clock.runFor(50);
      return page.locator('[data-search-results] > li').count();
    })
    .toBeGreaterThan(0);
  // After the long pause the count is said, once, and not again. The first result shows
  // before the others have loaded, and the announcement is timed only once all have, so the
  // clock moves on in steps here too.
  await expect
    .poll(
      async () => {
        await page.clock.runFor(100);
        return announced();
      },
      { intervals: [50], timeout: 20_000 },
    )
    .toHaveLength(1);
  await page.clock.runFor(5000);
  const said = await announced();
  expect(said).toHaveLength(1);
  expect(said[0]).toMatch(/^\d+ pagina/);
});

test('query and filters live in the URL, and the back button returns to the search before', async ({ page }) => {
  await page.goto(searchUrl('nl', 'Planeetbaan'));
  const before = (await shownResults(page)).map((r) => r.path);
  expect(before).toEqual(expect.arrayContaining(['/conclusies/2/', '/brief/']));

  await page.getByText(nl('search.filters')).click();
  await page
    .getByRole('group', { name: nl('search.filter.section') })
    .getByLabel(nl('search.section.letter'))
    .check();
  await expect(page).toHaveURL(/[?&]section=letter/);
  await expect.poll(async () => (await shownResults(page)).map((r) => r.path)).toEqual(['/brief/']);

  await page.goBack();
  await expect(page).toHaveURL(searchUrl('nl', 'Planeetbaan'));
  await expect(page.getByLabel(nl('search.section.letter'))).not.toBeChecked();
  await expect.poll(async () => (await shownResults(page)).map((r) => r.path)).toEqual(before);
});

test('every filter shows its count, zero included, and a filtered search that finds nothing offers a way back', async ({ page }) => {
  await page.goto(searchUrl('nl', 'Planeetbaan'));
  const total = (await shownResults(page)).length;
  await page.getByText(nl('search.filters')).click();
  const sections = page.getByRole('group', { name: nl('search.filter.section') });
  await expect(sections.getByText(nl('search.section.conclusion'))).toContainText('(1)');
  await expect(sections.getByText(nl('search.section.glossary'))).toContainText('(0)');

  await sections.getByLabel(nl('search.section.glossary')).check();
  await expect(page.getByRole('status')).toHaveText(nl('search.noResultsFiltered'));
  await expect(page.locator('[data-search-results] > li')).toHaveCount(0);
  await page.getByRole('button', { name: nl('search.clearFilters') }).click();
  await expect(page.getByLabel(nl('search.label'))).toBeFocused();
  await expect(sections.getByLabel(nl('search.section.glossary'))).not.toBeChecked();
  await expect(page.locator('[data-search-results] > li')).toHaveCount(total);
});

test('a result points to the exact paragraph of the letter, and opening it marks the searched word there', async ({ page }) => {
  await page.goto(searchUrl('nl', 'Planeetbaan'));
  await settled(page);
  const place = page.getByRole('link', { name: 'Conclusie 2: reactie, alinea 1' }).first();
  await expect(place).toBeVisible();
  await place.click();
  await expect(page).toHaveURL(/\/conclusies\/2\/\?highlight=planeetbaan#conclusie-2-reactie-1$/);
  await expect(page.locator('#conclusie-2-reactie-1 mark').first()).toHaveText('Planeetbaan');
});

test('arriving from a search marks the word in every form the search matched: without accents, and within compounds', async ({ page }) => {
  await page.goto('/oekraine/?highlight=oekraine');
  await expect(page.locator('main mark', { hasText: /^Oekraïne$/ }).first()).toBeVisible();
  await expect(page.locator('main mark', { hasText: /^Oekraïners$/ }).first()).toBeVisible();
  await page.goto('/conclusies/6/?highlight=uitbuiting');
  await expect(page.locator('main mark', { hasText: 'arbeidsuitbuiting' }).first()).toBeVisible();
  await page.goto('/conclusies/6/');
  await expect(page.locator('main mark')).toHaveCount(0);
});

test('everything works by keyboard, and focus stays where the reader is', async ({ page }) => {
  await page.goto(localePath('nl', routes.search));
  await page.getByLabel(nl('search.label')).focus();
  await page.keyboard.type('Haarlemmermeer');
  await page.keyboard.press('Enter');
  await settled(page);
  await expect(page.getByLabel(nl('search.label'))).toBeFocused();

  // Tab past the button to the filters, open them, tick a box with the space bar.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByText(nl('search.filters'))).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  const first = page
    .getByRole('group', { name: nl('search.filter.section') })
    .getByRole('checkbox')
    .first();
  await expect(first).toBeChecked();
  await expect(page).toHaveURL(/section=study/);
  await expect(first).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page).not.toHaveURL(/section=/);

  // More results: focus moves to the first new one, not back to the top.
  const more = page.getByRole('button', { name: nl('search.more') });
  await expect(more).toBeVisible();
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-search-results] > li').nth(10).locator('a').first()).toBeFocused();
});

test('in a translated language, the Dutch original can be searched too, each result marked with its language', async ({ page }) => {
  const uk = uiStrings('uk');
  await page.goto(searchUrl('uk', 'bestuurlijke'));
  const own = await shownResults(page);
  expect(own.every((r) => splitPath(r.path).locale === 'uk')).toBe(true);

  await page.getByLabel(uk('search.includeDutch')).check();
  await expect(page).toHaveURL(/[?&]nl=1/);
  await expect.poll(async () => (await shownResults(page)).filter((r) => r.lang === 'nl').length).toBeGreaterThan(own.length);
  const dutch = page.locator('[data-search-results] > li[lang="nl"]').first();
  await expect(dutch).toContainText(`${uk('search.resultLanguage')}: Nederlands`);
  // What the site says about the result stays in the reader's language.
  await expect(dutch.locator('p[lang="uk"]')).toContainText(new RegExp(`^(${sectionsIn('uk').join('|')})`));
  await expect(page.locator('[data-search-results] > li[lang="nl"] > a').first()).toHaveAttribute('href', /^\/(?!uk\/)/);
});

// Left out of the index and the A to Z list on purpose: the search page itself, the whole guides
// (the same texts as the guidance pages) and the 30 checklist results per locale (the same steps
// again and again; the questions page is listed).
const searchable = (route: string) => route !== routes.search && !route.startsWith('gids/') && !/^wat-geldt-voor-mij\/[^/]+\/$/.test(route);

test.describe('the index', () => {
  for (const locale of locales) {
    test(`${locale.code}: holds every page written in ${locale.code}, and no Dutch fallback page`, async ({ page }) => {
      await page.goto(localePath(locale.code, routes.search));
      const expected = sitemapPaths
        .filter((p) => splitPath(p).locale === locale.code && searchable(splitPath(p).route))
        .filter((p) => !builtHtml(p).includes('data-notice="fallback"'));
      expect(await indexedPaths(page)).toEqual(expected.sort());
    });
  }

  test('holds the main content only: the language names in every header are not found in Dutch', async ({ page }) => {
    await page.goto(searchUrl('nl', 'Українська'));
    await expect(page.getByRole('status')).toHaveText(nl('search.noResults'));
    expect(await shownResults(page)).toEqual([]);
  });

  test("leaves out the translation status table: a page's path or a state word does not find the status page", async ({ page }) => {
    for (const query of ['eerste-weken', 'loonstrook']) {
      await page.goto(searchUrl('en', query));
      expect((await shownResults(page)).map((r) => r.path)).not.toContain('/en/vertalingen/');
    }
  });

  test('is one index per language, as the pages declare it, and ships no unused Pagefind interface', () => {
    const entry = JSON.parse(readFileSync(new URL('pagefind/pagefind-entry.json', dist), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(locales.map((l) => l.tag).sort());
    expect(() => readFileSync(new URL('pagefind/pagefind-ui.js', dist))).toThrow();
  });

  test('stems every language it can, and strips endings where it cannot: never neither, never both', () => {
    // Pagefind names the stemmer of each index in its entry file (wasm null: no stemmer).
    const entry = JSON.parse(readFileSync(new URL('pagefind/pagefind-entry.json', dist), 'utf8'));
    for (const l of locales as readonly Locale[]) {
      const stemmed = entry.languages[l.tag]?.wasm != null;
      expect(stemmed || (l.searchEndings?.length ?? 0) > 0, `${l.code}: no stemmer in Pagefind and no searchEndings in the locale list`).toBe(true);
      expect(stemmed && l.searchEndings !== undefined, `${l.code}: Pagefind stems it, so searchEndings would cut twice`).toBe(false);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const locale of locales) {
    test(`${locale.code}: the search page says search needs JavaScript and lists every page from A to Z`, async ({ page }) => {
      const t = uiStrings(locale.code);
      await page.goto(searchUrl(locale.code, 'Planeetbaan'));
      await expect(page.getByText(t('search.noScript'))).toBeVisible();
      await expect(page.locator('[data-search-form]')).toBeHidden();
      const az = page.getByRole('region', { name: t('search.az') });
      const listed = await az.getByRole('link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      const expected = sitemapPaths.filter((p) => splitPath(p).locale === locale.code && searchable(splitPath(p).route));
      expect(listed.sort()).toEqual(expected.sort());
      if (locale.code !== sourceLocale) expect(listed.every((p) => p.startsWith(`/${locale.code}/`))).toBe(true);
    });
  }
});
