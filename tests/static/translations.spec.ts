import { expect, test } from 'vitest';
import { type LocaleCode, translatedLocaleCodes } from '../../src/i18n/locales.ts';
import { translationStatus } from '../../src/i18n/translation-status.ts';
import { localePath } from '../../src/i18n/routes.ts';
import { uiStrings } from '../content/files.ts';
import { checking, normalized, page, selectAll, selectOne, textContent } from './built-pages.ts';

// The built pages are compared with the status read from this checkout's history, by the same
// function the command uses: here the test checks that the pages show what the status says. The
// status itself is checked on throwaway repositories (tests/unit/translation-status.spec.ts), and
// the page and the notice on an outdated text by tests/components/.
const status = translationStatus('./content');
// The page's rows: every page, then the interface strings.
const rows = [...status.pages, ...(status.ui ? [{ route: 'interface', ...status.ui }] : [])];

test('the translation status page lists every translated page and the interface with their state in each locale', () => {
  const { document } = page('/en/vertalingen/');
  const en = uiStrings('en');
  expect(selectAll('tbody tr', document)).toHaveLength(rows.length);
  for (const p of rows) {
    for (const locale of translatedLocaleCodes) {
      const cell = selectOne(`tr[data-route="${p.route}"] td[data-locale="${locale}"]`, document);
      expect(normalized(textContent(cell ?? [])), `${p.route} ${locale}`).toBe(en(`translations.state.${p.states[locale]}`));
    }
  }
});

test('every page is translated in every locale: none is missing or shows Dutch texts', () => {
  const untranslated = rows.flatMap((p) =>
    Object.entries(p.states)
      .filter(([, state]) => state === 'missing' || state === 'partial')
      .map(([locale, state]) => `${p.route} ${locale}: ${state} (in Dutch: ${p.missing[locale as LocaleCode].join(', ')})`),
  );
  expect(untranslated).toEqual([]);
});

test('the translation status page names every text that is behind, per locale, and nothing else', () => {
  const { document } = page('/vertalingen/');
  for (const locale of translatedLocaleCodes) {
    const behind = rows.filter((p) => p.outdated[locale].length > 0);
    const sections = selectAll(`[data-behind="${locale}"]`, document);
    expect(sections, locale).toHaveLength(behind.length > 0 ? 1 : 0);
    for (const p of behind) {
      const names = selectAll(`li[data-route="${p.route}"] code`, sections[0] ?? []).map((c) => normalized(textContent(c)));
      expect(names, `${locale} ${p.route}`).toEqual(p.outdated[locale]);
    }
  }
  const nothingBehind = rows.every((p) => Object.values(p.outdated).every((names) => names.length === 0));
  expect(selectAll('[data-behind-none]', document)).toHaveLength(nothingBehind ? 1 : 0);
});

test('readers of an outdated translation see the notice; readers of an up-to-date one do not', () => {
  for (const p of checking('outdated notices', status.pages)) {
    for (const locale of translatedLocaleCodes) {
      if (p.states[locale] === 'missing') continue;
      const { document } = page(localePath(locale, p.route));
      expect(selectAll('[data-notice-outdated]', document), `/${locale}/${p.route}`).toHaveLength(p.states[locale] === 'outdated' ? 1 : 0);
    }
  }
});
