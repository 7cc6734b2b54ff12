import { expect, test, type Page } from '@playwright/test';
import { fixtureActivity, fixtureCount } from '../setup/finder-fixture-data.ts';

// Expected counts follow from the fixture's own definition, independent of the finder.
const fixture = Array.from({ length: fixtureCount }, (_, i) => fixtureActivity(i + 1));
const visibleCards = (page: Page) => page.locator('[data-finder-list] li[data-finder-item]:visible');

test('without JavaScript the finder shows every activity, grouped by category', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/activiteiten/');
  await expect(page.locator('[data-finder-form]')).toBeHidden();
  await expect(page.locator('[data-finder-list] li[data-finder-item]')).toHaveCount(fixtureCount);
  const groups = await page.locator('[data-finder-group] h2').allTextContents();
  expect(groups.length).toBe(5);
  await context.close();
});

test('filters combine: any choice within a group, every group together, and free only', async ({ page }) => {
  await page.goto('/activiteiten/');
  await page.getByRole('group', { name: 'Soort activiteit' }).getByLabel('Taal leren').check();
  await page.getByRole('group', { name: 'Dag' }).getByLabel('dinsdag').check();
  await page.getByRole('group', { name: 'Dag' }).getByLabel('vrijdag').check();
  await page.getByLabel('Alleen gratis activiteiten').check();
  const expected = fixture.filter(
    (a) => a.category === 'taal' && a.when.kind === 'weekly' && ['tu', 'fr'].some((d) => a.when.days?.includes(d as never)) && a.cost.kind === 'free',
  ).length;
  expect(expected).toBeGreaterThan(0);
  await expect(visibleCards(page)).toHaveCount(expected);
  await expect(page.getByRole('status')).toHaveText(`${expected} activiteiten gevonden`);
});

test('the filtered address can be shared: opening it restores the filters and the results', async ({ page }) => {
  await page.goto('/activiteiten/');
  await page.getByRole('group', { name: 'Plaats' }).getByLabel('Fixtureplaats B').check();
  await page.getByRole('group', { name: 'Gesproken taal' }).getByLabel('Oekraïens').check();
  await expect(page).toHaveURL(/area=Fixtureplaats\+B/);
  const shared = page.url();
  const expected = fixture.filter((a) => a.where.area === 'Fixtureplaats B' && a.languages.includes('uk')).length;
  await expect(visibleCards(page)).toHaveCount(expected);

  const other = await page.context().newPage();
  await other.goto(shared);
  await expect(other.getByRole('group', { name: 'Plaats' }).getByLabel('Fixtureplaats B')).toBeChecked();
  await expect(visibleCards(other)).toHaveCount(expected);
});

test('clearing the filters shows everything again, and a filter without results says so', async ({ page }) => {
  await page.goto('/activiteiten/?category=taal&category=welzijn&audience=asielzoekers&day=su&free=true');
  const none = fixture.filter(
    (a) => ['taal', 'welzijn'].includes(a.category) && a.audience.includes('asielzoekers') && a.when.days?.includes('su' as never) && a.cost.kind === 'free',
  ).length;
  await expect(visibleCards(page)).toHaveCount(none);
  if (none === 0) await expect(page.getByText('Geen activiteiten met deze filters')).toBeVisible();
  await page.getByRole('button', { name: 'Alle filters wissen' }).click();
  await expect(visibleCards(page)).toHaveCount(await page.locator('[data-finder-list] li[data-finder-item]').count());
  await expect(page).toHaveURL(/\/activiteiten\/$/);
});

test('an activity page has schema.org data and a weekly one a calendar file', async ({ page, request }) => {
  const weekly = fixture.findIndex((a) => a.when.kind === 'weekly') + 1;
  await page.goto(`/en/activiteiten/fixture-${weekly}/`);
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(data['@type']).toBe('Event');
  expect(data.name).toBe(`Fixture en ${weekly}`);
  expect(data.eventSchedule.byDay).toHaveLength(1);
  const ics = await request.get(`/activiteiten/fixture-${weekly}.ics`);
  expect(ics.headers()['content-type']).toContain('text/calendar');
  const text = await ics.text();
  expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(text).toContain(`RRULE:FREQ=WEEKLY;BYDAY=${(fixture[weekly - 1]?.when.days?.[0] ?? '').toUpperCase()}`);
  expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:');
});
