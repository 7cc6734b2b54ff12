import { expect, test } from '@playwright/test';
import { Parser } from 'htmlparser2';
import { builtHtml, notFoundPaths, sitemapPaths } from './built-site.ts';

// A script written after a layout's closing tag lands after </html>: browsers still run it, but
// the page is not valid HTML (the W3C checker says so; html-validate does not see it).
test('no built page has an element after </html>', () => {
  const late: string[] = [];
  const pages = [...sitemapPaths(), ...notFoundPaths];
  for (const path of pages) {
    let closed = false;
    const parser = new Parser({
      onclosetag(name) {
        if (name === 'html') closed = true;
      },
      onopentag(name) {
        if (closed) late.push(`${path}: <${name}> after </html>`);
      },
    });
    parser.end(builtHtml(path));
  }
  expect(pages.length).toBeGreaterThan(250);
  expect(late).toEqual([]);
});
