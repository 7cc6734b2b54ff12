import { parseDocument, DomUtils } from 'htmlparser2';
import { expect, test } from 'vitest';
import { feedSummary } from '../../src/serializers/atom.ts';
import { pick } from '../../src/format/localized.ts';

// A status note as editors write it: translated into English, not into Ukrainian.
const note = { nl: 'Gestart met <5 & meer locaties', en: 'Started with <5 & more locations' };
const text = 'In progress (January 2026). Source: https://example.org/brief/#slot';

/** The summary as a feed reader's XML parser sees it. */
function read(xml: string) {
  const summary = DomUtils.findOne((e) => e.name === 'summary', parseDocument(xml, { xmlMode: true }).children)!;
  const find = (name: string) => DomUtils.findOne((e) => e.name === name, summary.children);
  return { summary, div: find('div'), span: find('span') };
}

test('a translated note: one plain-text summary in the locale', () => {
  const { summary, div } = read(feedSummary('en', text, pick(note, 'en')));
  expect(summary.attribs).toEqual({ 'xml:lang': 'en' });
  expect(div).toBeNull();
  expect(DomUtils.textContent(summary)).toBe(`${text} Started with <5 & more locations`);
});

test('a note that falls back to Dutch: an XHTML summary in the locale, with the Dutch part marked Dutch', () => {
  const { summary, div, span } = read(feedSummary('uk', text, pick(note, 'uk')));
  expect(summary.attribs).toEqual({ type: 'xhtml', 'xml:lang': 'uk' });
  expect(div?.attribs).toEqual({ xmlns: 'http://www.w3.org/1999/xhtml' });
  expect(summary.children.filter((n) => n.type === 'tag')).toEqual([div]);
  expect(span?.attribs).toEqual({ lang: 'nl', 'xml:lang': 'nl' });
  expect(DomUtils.textContent(span!)).toBe('Gestart met <5 & meer locaties');
  expect(DomUtils.textContent(div!)).toBe(`${text} Gestart met <5 & meer locaties`);
});

test('no note, or the Dutch feed: plain text in the locale', () => {
  expect(read(feedSummary('bg', text)).summary.attribs).toEqual({ 'xml:lang': 'bg' });
  const { summary, span } = read(feedSummary('nl', text, pick(note, 'nl')));
  expect(summary.attribs).toEqual({ 'xml:lang': 'nl' });
  expect(span).toBeNull();
});
