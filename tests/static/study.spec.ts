import { expect, test } from 'vitest';
import { translatedLocaleCodes } from '../../src/i18n/locales.ts';
import { yamlFile } from '../content/files.ts';
import { normalized, page, selectAll, selectOne, textContent } from './built-pages.ts';

// The study at a glance is translated in every locale, marked as a translation of the Dutch.
for (const locale of translatedLocaleCodes) {
  test(`the study overview in ${locale} shows its main question and every motive, marked as a translation`, () => {
    const study = yamlFile(`study/${locale}.yaml`);
    const { document } = page(`/${locale}/onderzoek/`);
    expect(selectOne('[data-notice="translated"]', document)).not.toBeNull();
    expect(normalized(textContent(selectOne('main blockquote', document) ?? []))).toBe(normalized(study.mainQuestion.text));
    const items = selectAll('main li', document).map((li) => normalized(textContent(li)));
    for (const motive of study.motives as string[]) expect(items).toContain(normalized(motive));
  });
}
