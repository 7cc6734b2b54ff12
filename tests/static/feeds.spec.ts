import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { localePath } from '../../src/i18n/routes.ts';
import { attr, checking, dist, parseDocument, selectAll } from './built-pages.ts';

// A feed reader speaks each entry in its language: every title and summary says which it is in.
test("every feed's titles and summaries carry the language of their text", () => {
  for (const locale of checking('Atom feeds', locales, 'feeds')) {
    const feed = parseDocument(readFileSync(new URL(`${localePath(locale.code, 'toezeggingen/feed.xml').slice(1)}`, dist), 'utf8'), { xmlMode: true });
    expect(attr(selectAll('feed', feed)[0]!, 'xml:lang')).toBe(locale.tag);
    const summaries = selectAll('entry > summary', feed);
    expect(summaries.length, locale.code).toBeGreaterThan(10);
    for (const s of summaries) {
      expect(attr(s, 'xml:lang') ?? locale.tag, locale.code).toBe(locale.tag);
      // Dutch inside another locale's summary is marked, which only XHTML can do.
      for (const span of selectAll('span[lang]', s)) expect(attr(span, 'xml:lang')).toBe(attr(span, 'lang'));
      if (attr(s, 'type') !== 'xhtml') expect(s.children.every((c) => c.type === 'text')).toBe(true);
    }
    // A title not yet translated is the Dutch one, and says so; the others inherit the feed's.
    for (const t of selectAll('entry > title', feed)) expect([locale.tag, 'nl']).toContain(attr(t, 'xml:lang') ?? locale.tag);
  }
});

test('the build invents no security contact: security.txt exists only when one is configured', () => {
  expect(existsSync(new URL('.well-known/security.txt', dist))).toBe(!!process.env['SECURITY_CONTACT']);
});
