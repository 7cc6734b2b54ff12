/**
 * 'Wat geldt voor mij?' as a reader fills it in: with and without JavaScript the answers lead
 * to the same address, the page of that situation. Which steps each page shows is checked on
 * every page by tests/static/checklist.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';

const pl = parse(readFileSync(new URL('../../content/checklist/pl.yaml', import.meta.url), 'utf8'));

for (const javaScriptEnabled of [true, false]) {
  test(`${javaScriptEnabled ? 'with' : 'without'} JavaScript the answers lead to the page of the reader's situation`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/pl/wat-geldt-voor-mij/');
    const question = (key: string) => page.getByRole('group', { name: pl.questions[key].label });
    await question('herkomst').getByLabel(pl.questions.herkomst.answers.eu).check();
    await question('werk').getByLabel(pl.answers.ja, { exact: true }).check();
    await question('huisvesting').getByLabel(pl.answers.ja, { exact: true }).check();
    await question('kinderen').getByLabel(pl.answers.ja, { exact: true }).check();
    await page.getByRole('button', { name: pl.submit }).click();
    await expect(page).toHaveURL('/pl/wat-geldt-voor-mij/eu-werk-huisvesting-kinderen/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(pl.result.title);
    await expect(page.locator('[data-step="huurcontract"]')).toContainText(pl.steps.huurcontract);
    await context.close();
  });
}
