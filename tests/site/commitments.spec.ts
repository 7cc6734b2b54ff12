import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { translatedLocaleCodes } from '../../src/i18n/locales.ts';
import { normalized, uiStrings, yamlFile } from './built-site.ts';

// Expected values come from the content files and the interface strings, never from the pages' code.
const files = (folder: string) =>
  readdirSync(new URL(`../../content/${folder}/`, import.meta.url))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), data: yamlFile(`${folder}/${f}`) }));
const commitments = files('commitments');
const latest = (c: (typeof commitments)[number]) => c.data.history.at(-1);
const nl = uiStrings('nl');
const en = uiStrings('en');
const items = (page: Page) => page.locator('[data-finder-list] > li');

test("the tracker lists every commitment with its latest status, its source and the letter's words", async ({ page }) => {
  await page.goto('/toezeggingen/');
  await expect(items(page)).toHaveCount(commitments.length);
  for (const c of commitments) {
    const item = page.locator(`li#${c.id}`);
    await expect(item.getByRole('heading', { level: 3 })).toHaveText(c.data.title.nl);
    await expect(item.locator('.badge')).toContainText(nl(`status.${latest(c).status}`));
    await expect(item.locator('q').filter({ hasText: c.data.quote.text.slice(0, 40) })).toHaveText(c.data.quote.text);
    await expect(item.locator(`a[href="/brief/#${c.data.quote.anchor}"]`).first()).toBeVisible();
    const source = latest(c).source as string;
    if (source.startsWith('brief#')) await expect(item.locator(`a[href="/brief/#${source.slice(6)}"]`).first()).toBeVisible();
    await expect(item.getByText(c.data.summary.nl)).toBeVisible();
  }
});

test('the count per status is shown as a chart with the numbers beside it', async ({ page }) => {
  await page.goto('/toezeggingen/');
  const chart = page.getByRole('table', { name: nl('commitments.chart.title') });
  for (const status of ['announced', 'in-progress', 'deferred', 'done', 'dropped', 'unknown']) {
    const expected = commitments.filter((c) => latest(c).status === status).length;
    const row = chart.locator(`tr[data-status-count="${status}"]`);
    await expect(row.getByRole('rowheader')).toHaveText(nl(`status.${status}`));
    await expect(row.locator('td')).toHaveText(String(expected));
  }
  // The bars are drawing only; the number is what a screen reader hears.
  await expect(chart.locator('svg[aria-hidden="true"]')).toHaveCount(6);
});

test('filters by status, owner and conclusion narrow the list, keep the choice in the address and say how many', async ({ page }) => {
  await page.goto('/toezeggingen/');
  const form = page.getByRole('form', { name: nl('commitments.filters') });
  await form
    .getByRole('group', { name: nl('commitments.filter.status') })
    .getByLabel(nl('status.announced'))
    .check();
  const announced = commitments.filter((c) => latest(c).status === 'announced');
  await expect(items(page).filter({ visible: true })).toHaveCount(announced.length);
  await expect(page).toHaveURL(/\?status=announced$/);
  await expect(page.locator('[data-finder-status]')).toHaveText(`${announced.length} toezeggingen`);

  await form
    .getByRole('group', { name: nl('commitments.filter.conclusion') })
    .getByLabel('Conclusie 6')
    .check();
  const both = announced.filter((c) => c.data.conclusions.includes(6));
  await expect(items(page).filter({ visible: true })).toHaveCount(both.length);
  for (const c of both) await expect(page.locator(`li#${c.id}`)).toBeVisible();

  await page.goto('/toezeggingen/?owner=coa');
  await expect(items(page).filter({ visible: true })).toHaveCount(commitments.filter((c) => c.data.owner === 'coa').length);
  await page.getByRole('button', { name: nl('commitments.reset') }).click();
  await expect(items(page).filter({ visible: true })).toHaveCount(commitments.length);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the tracker shows every commitment and no filter that cannot work', async ({ page }) => {
    await page.goto('/toezeggingen/');
    await expect(items(page)).toHaveCount(commitments.length);
    for (const item of await items(page).all()) await expect(item).toBeVisible();
    await expect(page.getByRole('form', { name: nl('commitments.filters') })).toBeHidden();
  });
});

test("the stances on the recommendations are labelled as this site's reading, with the college's words", async ({ page }) => {
  await page.goto('/toezeggingen/');
  const section = page.getByRole('region', { name: nl('stance.titleAll') });
  await expect(section).toContainText(nl('stance.note'));
  for (const s of files('stances')) {
    const item = section.locator(`#standpunt-${s.id}`);
    await expect(item.locator('.badge')).toHaveText(nl(`stance.${s.data.stance}`));
    await expect(item.getByText(s.data.reading.nl)).toBeVisible();
    await expect(item.locator('q')).toHaveText(s.data.quote.text);
  }
});

test('each conclusion page lists its commitments and the stance on its recommendations', async ({ page }) => {
  for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) {
    await page.goto(`/conclusies/${n}/`);
    const region = page.getByRole('region', { name: nl('conclusion.commitments') });
    const own = commitments.filter((c) => c.data.conclusions.includes(n));
    await expect(region.locator('ul > li[id]')).toHaveCount(own.length);
    for (const c of own) await expect(region.locator(`li#${c.id}`)).toBeVisible();
    if (own.length === 0) await expect(region).toContainText(nl('conclusion.noCommitments'));
    const stances = files('stances').filter((s) => s.data.conclusion === n);
    await expect(page.locator('[id^="standpunt-"]')).toHaveCount(stances.length);
  }
});

test('the tracker is complete in every language: each commitment under its own title, no Dutch fallback', async ({ page }) => {
  for (const code of translatedLocaleCodes) {
    await page.goto(`/${code}/toezeggingen/`);
    await expect(page.locator('[data-notice="fallback"]')).toHaveCount(0);
    await expect(page.locator('h1')).toHaveText(uiStrings(code)('commitments.title'));
    for (const c of commitments) await expect(page.locator(`li#${c.id}`).getByRole('heading', { level: 3 })).toHaveText(c.data.title[code]);
  }
});

test('the timeline has every dated item of the letter in order, with today marked among them', async ({ page }) => {
  await page.goto('/tijdlijn/');
  const dated = page.locator('li[data-date]');
  const events = files('timeline');
  const dues = commitments.filter((c) => c.data.due);
  const statusDates = commitments.flatMap((c) => c.data.history.filter((h: { from: string }) => !String(h.from).startsWith('after ')));
  await expect(dated).toHaveCount(events.length + dues.length + statusDates.length);
  for (const e of events) await expect(page.locator(`li#${e.id}`)).toContainText(e.data.title.nl);
  // The ends the issue names: the report (September 2025) to Planeetbaan (March 2028).
  for (const [date, text] of [
    ['2025-09', 'september 2025'],
    ['2027-03-04', '4 maart 2027'],
    ['2028-03', 'maart 2028'],
  ] as const) {
    await expect(page.locator(`time[datetime="${date}"]`)).toHaveText(text);
  }

  // Order by the first day a date can mean; 'after' a day comes after that day.
  const first = (d: string) => {
    const day = d.replace(/^after /, '');
    return (day.length === 4 ? `${day}-01-01` : day.length === 7 ? `${day}-01` : day) + (d.startsWith('after ') ? '~' : '');
  };
  const order = await page
    .locator('li[data-date], li[data-today]')
    .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['date'] ?? `today:${(li as HTMLElement).dataset['today']}`));
  // The day marked is the build date (the last commit's, or SOURCE_DATE_EPOCH), as every date the
  // build writes: the open data's 'generated' is the same day, whatever day the test runs.
  const today = JSON.parse(readFileSync(new URL('../../dist/data/v1/commitments.json', import.meta.url), 'utf8')).generated;
  expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(order).toContain(`today:${today}`);
  const keys = order.map((o) => (o.startsWith('today:') ? o.slice(6) : first(o)));
  expect(keys).toEqual([...keys].sort());
  await expect(page.locator('#vandaag')).toContainText(nl('timeline.today').replace('{{date}}', ''));
});

test('the Atom feed of each locale has one entry per status, each linking to its commitment', async ({ page, request }) => {
  const statuses = commitments.reduce((sum, c) => sum + c.data.history.length, 0);
  for (const path of ['/toezeggingen/feed.xml', '/en/toezeggingen/feed.xml', '/uk/toezeggingen/feed.xml']) {
    const response = await request.get(path);
    expect(response.headers()['content-type']).toContain('xml');
    const xml = await response.text();
    await page.goto('/toezeggingen/');
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const ns = 'http://www.w3.org/2005/Atom';
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.namespaceURI,
        entries: [...doc.getElementsByTagNameNS(ns, 'entry')].map((e) => ({
          id: e.getElementsByTagNameNS(ns, 'id')[0]?.textContent ?? '',
          updated: e.getElementsByTagNameNS(ns, 'updated')[0]?.textContent ?? '',
          link: e.getElementsByTagNameNS(ns, 'link')[0]?.getAttribute('href') ?? '',
        })),
      };
    }, xml);
    expect(feed.error, path).toBe(0);
    expect(feed.root).toBe('http://www.w3.org/2005/Atom');
    expect(feed.entries).toHaveLength(statuses);
    expect(new Set(feed.entries.map((e) => e.id)).size).toBe(statuses);
    for (const e of feed.entries) {
      expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      const anchor = new URL(e.link).hash.slice(1);
      expect(commitments.map((c) => c.id)).toContain(anchor);
    }
  }
  await page.goto('/toezeggingen/');
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/toezeggingen/feed.xml');
});

test('without JavaScript a link to this goes to the item', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/brief/');
  await page.locator('#conclusie-5-reactie-2 .permalink').click();
  await expect(page).toHaveURL(/\/brief\/#conclusie-5-reactie-2$/);
  await expect(page.locator(':target')).toHaveAttribute('id', 'conclusie-5-reactie-2');
  await context.close();
});

test('with JavaScript a link to this copies the full address and says so', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  for (const [path, id, ui] of [
    ['/toezeggingen/', 'valideren-brp-inschrijvingen', nl],
    ['/en/conclusies/1/', 'conclusie-1-punt-1', en],
    ['/cijfers/', 'cijfer-coa-doel-betaald-werk', nl],
  ] as const) {
    await page.goto(path);
    const link = page.locator(`[id="${id}"] .permalink`).first();
    await expect(link).toHaveAccessibleName(`${ui('permalink.text')} ${ui('permalink.hidden')}`);
    await link.click();
    const url = `${baseURL}${path}#${id}`;
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await expect(page.getByRole('status').filter({ hasText: ui('permalink.copied') })).toHaveText(`${ui('permalink.copied')}: ${url}`);
    await expect(page).toHaveURL(url);
  }
  await context.close();
});

test('the conclusion pages and the letter offer a ready citation with their address', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  for (const [path, ui] of [
    ['/conclusies/6/', nl],
    ['/en/brief/', en],
  ] as const) {
    await page.goto(path);
    const cite = page.getByRole('region', { name: ui('cite.title') });
    const text = normalized((await cite.locator('#bronvermelding').textContent()) ?? '');
    expect(text).toContain(new URL(path, 'https://migranten-haarlemmermeer.example').href);
    expect(text).toMatch(path.includes('brief') ? /autumn 2025 \(after 15 October 2025\)/ : /conclusie 6/);
    await cite.getByRole('button', { name: ui('cite.copy') }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await expect(page.getByRole('status').filter({ hasText: ui('cite.copied') })).toBeVisible();
  }
  await context.close();
});
