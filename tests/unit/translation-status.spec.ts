import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { translationStatus } from '../../src/i18n/translation-status.ts';

// A throwaway git repository with a content folder, changed the way editors change it.
const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@localhost', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@localhost' };
function repository() {
  const root = mkdtempSync(join(tmpdir(), 'translation-status-'));
  const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { env, stdio: 'ignore' });
  git('init', '-q');
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, 'content', path)), { recursive: true });
    writeFileSync(join(root, 'content', path), text);
  };
  const commit = (message: string) => {
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', message);
  };
  const status = () => translationStatus(join(root, 'content'), join(root, 'ui'));
  const page = (route: string) => status().pages.find((p) => p.route === route);
  const state = (route: string, locale: 'en' | 'uk') => page(route)?.states[locale];
  return { root, write, commit, state, page, status };
}

// A figure as editors write it: one file, every locale's text in it.
const figure = (definition: { nl: string; en?: string; uk?: string }, label = { nl: 'Doel', en: 'Aim', uk: 'Мета' }) =>
  [
    'value: 50',
    'conclusion: 3',
    'label:',
    ...Object.entries(label).map(([l, t]) => `  ${l}: ${t}`),
    'definition:',
    ...Object.entries(definition).map(([l, t]) => `  ${l}: ${t}`),
    '',
  ].join('\n');

test('a translation is up to date, then outdated when the Dutch text changes later, then up to date again', () => {
  const r = repository();
  r.write('conclusions/nl/5.mdx', 'Nederlands');
  r.write('conclusions/en/5.mdx', 'English');
  r.commit('both');
  expect(r.state('conclusies/5/', 'en')).toBe('up-to-date');
  expect(r.state('conclusies/5/', 'uk')).toBe('missing');

  r.write('conclusions/nl/5.mdx', 'Nederlands, verbeterd');
  r.commit('Dutch only');
  expect(r.state('conclusies/5/', 'en')).toBe('outdated');

  r.write('conclusions/en/5.mdx', 'English, improved');
  r.commit('translation follows');
  expect(r.state('conclusies/5/', 'en')).toBe('up-to-date');
});

test('a Dutch change not yet committed already makes its translations outdated', () => {
  const r = repository();
  r.write('pages/nl/privacy.mdx', 'Privacy');
  r.write('pages/en/privacy.mdx', 'Privacy');
  r.commit('both');
  r.write('pages/nl/privacy.mdx', 'Privacy, gewijzigd');
  expect(r.state('privacy/', 'en')).toBe('outdated');
});

test('a page of two files (the letter) is outdated when either Dutch file is newer', () => {
  const r = repository();
  for (const part of ['opening', 'closing']) {
    r.write(`letter/nl/${part}.mdx`, 'nl');
    r.write(`letter/en/${part}.mdx`, 'en');
  }
  r.commit('letter');
  r.write('letter/nl/closing.mdx', 'nl, gewijzigd');
  r.commit('closing changed');
  expect(r.state('brief/', 'en')).toBe('outdated');
});

test('without git history the state of a translation is unknown, never guessed', () => {
  const root = mkdtempSync(join(tmpdir(), 'no-history-'));
  mkdirSync(join(root, 'content/conclusions/nl'), { recursive: true });
  mkdirSync(join(root, 'content/conclusions/en'), { recursive: true });
  writeFileSync(join(root, 'content/conclusions/nl/1.mdx'), 'nl');
  writeFileSync(join(root, 'content/conclusions/en/1.mdx'), 'en');
  const status = translationStatus(join(root, 'content'));
  expect(status.history).toBe(false);
  const conclusion = status.pages.find((p) => p.route === 'conclusies/1/');
  expect(conclusion?.states.en).toBe('unknown');
  expect(conclusion?.states.uk).toBe('missing');
});

test('a field of a shared file is outdated on every page that shows it when its Dutch text changes later; its other fields are not', () => {
  const r = repository();
  r.write('conclusions/nl/3.mdx', 'Nederlands');
  r.write('conclusions/en/3.mdx', 'English');
  r.write('conclusions/uk/3.mdx', 'Українська');
  r.write('figures/doel.yaml', figure({ nl: 'Doel van het COA', en: 'COA aim', uk: 'Мета COA' }));
  r.commit('all');
  expect(r.state('cijfers/', 'en')).toBe('up-to-date');
  expect(r.state('conclusies/3/', 'uk')).toBe('up-to-date');

  r.write('figures/doel.yaml', figure({ nl: 'Doel van het COA, eind 2026', en: 'COA aim', uk: 'Мета COA' }));
  r.commit('Dutch definition changed');
  for (const route of ['cijfers/', 'conclusies/3/']) {
    expect(r.state(route, 'en'), route).toBe('outdated');
    expect(r.page(route)?.outdated.en).toEqual(['figures/doel.yaml: definition']);
  }

  // The English follows; the Ukrainian is still behind.
  r.write('figures/doel.yaml', figure({ nl: 'Doel van het COA, eind 2026', en: 'COA aim, end of 2026', uk: 'Мета COA' }));
  r.commit('English follows');
  expect(r.state('cijfers/', 'en')).toBe('up-to-date');
  expect(r.state('cijfers/', 'uk')).toBe('outdated');
});

test('a translated page showing texts not translated yet is partly translated; a page of such texts only is missing', () => {
  const r = repository();
  r.write('conclusions/nl/2.mdx', 'Nederlands');
  r.write('conclusions/uk/2.mdx', 'Українська');
  r.write('commitments/regioplan.yaml', ['conclusions: [2]', 'title:', '  nl: Nieuw Regioplan', '  en: New regional plan', ''].join('\n'));
  r.commit('conclusion and a commitment in Dutch and English');
  expect(r.state('conclusies/2/', 'uk')).toBe('partial');
  expect(r.page('conclusies/2/')?.missing.uk).toEqual(['commitments/regioplan.yaml: title']);
  expect(r.state('conclusies/2/', 'en')).toBe('missing');
  expect(r.state('toezeggingen/', 'en')).toBe('up-to-date');
  expect(r.state('toezeggingen/', 'uk')).toBe('missing');
});

test("a glossary term's translations are outdated when the Dutch term changes", () => {
  const r = repository();
  const term = (dutch: string) => [`term: ${dutch}`, 'translation:', '  en: BSN', 'explanation:', '  nl: Uw nummer.', '  en: Your number.', ''].join('\n');
  r.write('glossary/bsn.yaml', term('BSN'));
  r.commit('term');
  expect(r.state('begrippen/', 'en')).toBe('up-to-date');
  r.write('glossary/bsn.yaml', term('Burgerservicenummer'));
  r.commit('Dutch term changed');
  expect(r.page('begrippen/')?.outdated.en).toEqual(['glossary/bsn.yaml: translation']);
});

test('the interface strings are followed key by key, plural forms of a key as one text', () => {
  const r = repository();
  const ui = (locale: string, strings: Record<string, string>) => {
    mkdirSync(join(r.root, 'ui'), { recursive: true });
    writeFileSync(join(r.root, 'ui', `${locale}.json`), JSON.stringify(strings));
  };
  ui('nl', { 'nav.home': 'Home', results_one: '1 resultaat', results_other: '{{count}} resultaten' });
  ui('en', { 'nav.home': 'Home', results_one: '1 result', results_other: '{{count}} results' });
  ui('uk', {
    'nav.home': 'Головна',
    results_one: '{{count}} результат',
    results_few: '{{count}} результати',
    results_many: '{{count}} результатів',
    results_other: '{{count}} результату',
  });
  r.commit('interface');
  expect(r.status().ui?.states.uk).toBe('up-to-date');

  ui('nl', { 'nav.home': 'Home', results_one: '1 resultaat', results_other: '{{count}} resultaten gevonden', 'search.label': 'Zoeken' });
  r.commit('Dutch plural and a new key');
  const { ui: status } = r.status();
  expect(status?.states.uk).toBe('outdated');
  expect(status?.outdated.uk).toEqual(['results']);
  expect(status?.missing.uk).toEqual(['search.label']);
});

test("a Dutch edit committed with 'Translations: unaffected' leaves its translations up to date; the next real edit does not", () => {
  const r = repository();
  r.write('pages/nl/privacy.mdx', 'Deze website volgt u niet.');
  r.write('pages/en/privacy.mdx', 'This website does not track you.');
  r.write('figures/doel.yaml', figure({ nl: 'Het drie jarige traject', en: 'The three-year course' }));
  r.commit('both');
  // A form of address and a typo: the translations say the same as before.
  r.write('pages/nl/privacy.mdx', 'Deze website volgt je niet.');
  r.write('figures/doel.yaml', figure({ nl: 'Het driejarige traject', en: 'The three-year course' }));
  r.commit('Dutch says je; a typo fixed\n\nTranslations: unaffected');
  expect(r.state('privacy/', 'en')).toBe('up-to-date');
  expect(r.state('cijfers/', 'en')).toBe('up-to-date');

  r.write('pages/nl/privacy.mdx', 'Deze website volgt je niet en plaatst geen cookies.');
  r.write('figures/doel.yaml', figure({ nl: 'Het driejarige traject, tot 2027', en: 'The three-year course' }));
  r.commit('Dutch says more');
  expect(r.state('privacy/', 'en')).toBe('outdated');
  expect(r.page('cijfers/')?.outdated.en).toEqual(['figures/doel.yaml: definition']);
});

test("a translation found to say what the changed Dutch says is brought up to date with 'Translation-checked: <file>'", () => {
  const r = repository();
  r.write('pages/nl/privacy.mdx', 'Je toestemming op papier.');
  r.write('pages/en/privacy.mdx', 'Your permission in writing.');
  r.write('pages/uk/privacy.mdx', 'Ваша письмова згода.');
  r.commit('all');
  r.write('pages/nl/privacy.mdx', 'Je schriftelijke toestemming.');
  r.commit('Dutch: schriftelijk');
  expect(r.state('privacy/', 'en')).toBe('outdated');
  // The translator compares and finds the English already right; the Ukrainian is not checked.
  r.commit('English checked against the new Dutch\n\nTranslation-checked: pages/en/privacy.mdx');
  expect(r.state('privacy/', 'en')).toBe('up-to-date');
  expect(r.state('privacy/', 'uk')).toBe('outdated');
});
