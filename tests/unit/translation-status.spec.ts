import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
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
    git('commit', '-q', '-m', message);
  };
  const state = (route: string, locale: 'en' | 'uk') => translationStatus(join(root, 'content')).pages.find((p) => p.route === route)?.states[locale];
  return { root, write, commit, state };
}

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
