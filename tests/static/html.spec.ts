import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { isTag, type Document } from 'domhandler';
import { findJava } from '../setup/java.ts';
import { HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { checking, dist, pages, parseDocument } from './built-pages.ts';

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
  const checked = checking('html-validate', pages);
  expect(checked.length).toBeGreaterThan(250);
  const errors: string[] = [];
  for (const { path, html } of checked) {
    const report = await validator.validateString(html, path);
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

// A script written after a layout's closing tag lands after </html>: browsers still run it, but
// the page is not valid HTML (the W3C checker says so; html-validate does not see it). The
// parser keeps such an element beside <html> at the top of the document.
const afterHtml = (document: Document) =>
  document.children
    .filter(isTag)
    .filter((e) => e.name !== 'html')
    .map((e) => `<${e.name}>`);

test('no built page has an element after </html>', () => {
  const late = checking('elements after </html>', pages).flatMap((p) => afterHtml(p.document).map((e) => `${p.path}: ${e}`));
  expect(late).toEqual([]);
});

test('the check does find an element after </html>', () => {
  expect(afterHtml(parseDocument('<!doctype html><html lang="nl"><body><p>x</p></body></html><script src="/a.js"></script>'))).toEqual(['<script>']);
});

// The W3C Nu HTML Checker, the reference validator, in one Java process for every page. It
// starts as this file loads, so it runs beside html-validate on the second core.
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

async function nuErrors(files: string[]): Promise<string[]> {
  const java = findJava();
  if (!java) throw new Error('no java: run node tests/setup/ensure-test-tools.ts');
  const run = await promisify(execFile)(java, ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { maxBuffer: 64 * 1024 * 1024 }).catch(
    // The checker exits with 1 when it reports an error; its report is still on stderr.
    (failed: { stderr?: string }) => ({ stderr: failed.stderr ?? '' }),
  );
  const report: { messages: { url: string; lastLine?: number; message: string }[] } = JSON.parse(run.stderr);
  return report.messages.map((m) => `${m.url.replace(/^file:.*?dist\//, '/')}:${m.lastLine ?? 0} ${m.message}`);
}
const nuOnSite = nuErrors(
  checking('W3C Nu HTML Checker', pages).map((p) => fileURLToPath(new URL(p.path.endsWith('.html') ? p.path.slice(1) : `${p.path.slice(1)}index.html`, dist))),
);

test('every built page is valid HTML to the W3C Nu HTML Checker', async () => {
  expect(await nuOnSite).toEqual([]);
});

test('the Nu checker does report what html-validate misses: a script after </html>', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'nu-')), 'index.html');
  writeFileSync(file, '<!doctype html><html lang="nl"><head><title>x</title></head><body><p>x</p></body></html><script src="/a.js"></script>');
  expect((await nuErrors([file]))[0]).toMatch(/Stray start tag .script./);
});
