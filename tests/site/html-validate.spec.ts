import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { builtHtml, notFoundPaths, sitemapPaths } from './built-site.ts';

// html-validate's recommended rules on every built page. Each rule relaxed here, and why:
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // A page title is the page's own heading and the site's name. Shortening it to 70
    // characters would cut activity and guidance titles (longest in Ukrainian and
    // Bulgarian) mid-phrase for screen-reader users, who hear the title first.
    'long-title': 'off',
    // The filter forms of the finder and the tracker filter the list below them as a box is
    // ticked; nothing is sent and the page does not change (WCAG 3.2.2 is met without a
    // submit button, which would do nothing).
    'wcag/h32': 'off',
    // A group of checkboxes shares one name (?category=taal&category=werk): that is how HTML
    // sends a choice of several. Only the names of other controls must be unique.
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
  },
});

test('every built page is valid HTML: zero errors from html-validate', async () => {
  const paths = [...sitemapPaths(), ...notFoundPaths];
  expect(paths.length).toBeGreaterThan(250);
  const errors: string[] = [];
  for (const path of paths) {
    const report = await validator.validateString(builtHtml(path), path);
    for (const result of report.results) {
      for (const m of result.messages) errors.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(errors).toEqual([]);
});

test('the validator does report broken HTML, so a clean result means something', async () => {
  const report = await validator.validateString('<!doctype html><html lang="nl"><head><title>x</title></head><body><p><div></p></body></html>');
  expect(report.valid).toBe(false);
});
