import { isTag } from 'domhandler';
import { expect, test } from 'vitest';
import { localeCodes } from '../../src/i18n/locales.ts';
import { localePath, routes } from '../../src/i18n/routes.ts';
import { content, paragraphs, uiStrings } from '../content/files.ts';
import { attr, blockText, normalized, page, region, selectAll, selectOne, textContent } from './built-pages.ts';

// Expected text comes from the content files; every conclusion page must show all of it: the
// rekenkamer's conclusion and points, the site's summary marked as its own, and the college's
// whole response, in every locale, a translation marked as one.
const numbers = [1, 2, 3, 4, 5, 6, 7, 8];

for (const locale of localeCodes) {
  test(`the eight conclusions in ${locale} show the conclusion, every point, the summary and the whole response`, () => {
    const ui = uiStrings(locale);
    for (const n of numbers) {
      const { data, body } = content(`conclusions/${locale}/${n}.mdx`);
      const { document } = page(localePath(locale, routes.conclusion(n)));
      const where = `${locale} ${n}`;
      const statement = selectOne(`#conclusie-${n}-tekst`, document);
      expect(blockText(statement), where).toBe(normalized(data.conclusion));
      expect(statement && attr(statement, 'lang'), where).toBe(locale);
      for (const [i, point] of (data.points as { text: string }[]).entries()) {
        expect(blockText(selectOne(`#conclusie-${n}-punt-${i + 1}`, document)), where).toBe(normalized(point.text));
      }
      const summary = normalized(textContent(region(document, ui('conclusion.summary')) ?? []));
      expect(summary, where).toContain(normalized(data.summary));
      expect(summary, where).toContain(ui('notice.summary'));
      const main = selectOne('main', document) ?? document;
      const shown = selectAll('p', main).map(blockText);
      for (const paragraph of paragraphs(body)) expect(shown, where).toContain(normalized(paragraph));
      if (locale !== 'nl') {
        expect(selectOne('[data-notice="translated"]', document), where).not.toBeNull();
        expect(normalized(textContent(main)), where).toContain(ui('notice.letterTranslation'));
        const response = selectOne(`#conclusie-${n}-reactie-1`, document)?.parent;
        expect(response && isTag(response) ? attr(response, 'lang') : undefined, where).toBe(locale);
      }
    }
  });
}

test('the pager links each conclusion to the one before and after', () => {
  for (const n of numbers) {
    const { document } = page(`/${routes.conclusion(n)}`);
    const link = (rel: string) => selectAll(`a[rel="${rel}"]`, document).map((a) => attr(a, 'href'));
    expect(link('prev'), `${n}`).toEqual(n > 1 ? [`/${routes.conclusion(n - 1)}`] : []);
    expect(link('next'), `${n}`).toEqual(n < 8 ? [`/${routes.conclusion(n + 1)}`] : []);
  }
});

// Conclusions 2 and 5 list faults in words; conclusion 1's is a chart, redrawn (figures.spec.ts).
test('extraction faults listed in the content are corrected on the page', () => {
  for (const n of [2, 5]) {
    const { data } = content(`conclusions/nl/${n}.mdx`);
    const text = normalized(textContent(selectOne('main', page(`/${routes.conclusion(n)}`).document) ?? []));
    for (const c of data.corrections as { original: string; corrected: string }[]) {
      expect(text).not.toContain(normalized(c.original));
      expect(text).toContain(normalized(c.corrected));
    }
  }
});
