import { expect, test } from 'vitest';
import { isolateLeftToRight } from '../../src/i18n/bidi.ts';

const page = (body: string) => `<!DOCTYPE html><html lang="ar" dir="rtl"><head><title>عنوان</title></head><body>${body}</body></html>`;
const isolate = (body: string) => isolateLeftToRight(page(body), ['ar']);

test('phone numbers in pieces are isolated, so "0800 51 51" is not shown as "51 51 0800"', () => {
  expect(isolate('<p>اتصل بالرقم 0800 51 51 أو 0900‑1852.</p>')).toBe(page('<p>اتصل بالرقم <bdi>0800 51 51</bdi> أو <bdi>0900‑1852</bdi>.</p>'));
  expect(isolate('<a href="tel:+31235115550">+31&nbsp;23&nbsp;511&nbsp;5550</a>')).toBe(
    page('<a href="tel:+31235115550"><bdi>+31&nbsp;23&nbsp;511&nbsp;5550</bdi></a>'),
  );
});

test('Dutch names and addresses are isolated; the brackets and quotes around them stay with the Arabic sentence', () => {
  expect(isolate('<p>قانون الاندماج (Wet inburgering 2021) و«Meedoen Balies» على digid.nl</p>')).toBe(
    page('<p>قانون الاندماج (<bdi>Wet inburgering 2021</bdi>) و«<bdi>Meedoen Balies</bdi>» على <bdi>digid.nl</bdi></p>'),
  );
});

test('a number that cannot be misread, or a single letter, is left alone', () => {
  expect(isolate('<p>اتصل بـ 112 في 2026، الفئة B</p>')).toBe(page('<p>اتصل بـ 112 في 2026، الفئة B</p>'));
});

test('an element in a left-to-right language is marked left to right, and its text is left alone', () => {
  expect(isolate('<blockquote lang="nl">De gemeente, 12 maart</blockquote><a lang="en" href="/en/">English</a>')).toBe(
    page('<blockquote lang="nl" dir="ltr">De gemeente, 12 maart</blockquote><a lang="en" href="/en/" dir="ltr">English</a>'),
  );
  expect(isolate('<p lang="ar">نص DigiD</p>')).toBe(page('<p lang="ar">نص <bdi>DigiD</bdi></p>'));
});

test('entities are never cut, and scripts, styles, SVG text and the title are left as they are', () => {
  const untouched = '<script type="application/json">{"text":"Work in NL 0800 51 51"}</script><style>a{b:c}</style><svg><text>Loonstrook 2026</text></svg>';
  expect(isolate(untouched)).toBe(page(untouched));
  expect(isolate('<p>H&amp;M &quot;x&quot;</p>')).toBe(page('<p><bdi>H&amp;M</bdi> &quot;x&quot;</p>'));
});

test('a page of a left-to-right language is not the business of this function: nothing marked rtl, nothing to isolate in its own language', () => {
  const html = '<!DOCTYPE html><html lang="nl" dir="ltr"><body><p>Bel 0800 51 51</p></body></html>';
  expect(isolateLeftToRight(html, ['ar'])).toBe(html);
});
