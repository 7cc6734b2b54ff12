import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

// The build reads its date once, when it loads the module, from its environment and working
// folder; so each case loads it in a fresh Node process, the way a build does.
const module = new URL('../../src/site/build-date.ts', import.meta.url).href;
const env: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@localhost',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@localhost',
};
delete env['SOURCE_DATE_EPOCH'];
const buildDateIn = (cwd: string, extra: Record<string, string> = {}) =>
  execFileSync(process.execPath, ['--input-type=module', '-e', `import { buildDate } from '${module}'; console.log(buildDate.toISOString())`], {
    cwd,
    env: { ...env, ...extra },
    encoding: 'utf8',
    stdio: 'pipe',
  }).trim();

/** A throwaway repository whose one commit was made on 14 March 2025, 15:09:26 in Amsterdam. */
function repository() {
  const root = mkdtempSync(join(tmpdir(), 'build-date-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', root, ...args], { env: { ...env, GIT_COMMITTER_DATE: '2025-03-14T15:09:26+01:00' }, stdio: 'ignore' });
  git('init', '-q');
  git('commit', '-q', '--allow-empty', '-m', 'content');
  return root;
}

test('without SOURCE_DATE_EPOCH the build date is the last commit date', () => {
  expect(buildDateIn(repository())).toBe('2025-03-14T14:09:26.000Z');
});

test('SOURCE_DATE_EPOCH wins over the commit date', () => {
  expect(buildDateIn(repository(), { SOURCE_DATE_EPOCH: '1700000000' })).toBe('2023-11-14T22:13:20.000Z');
});

test('a malformed SOURCE_DATE_EPOCH stops the build rather than being read as some other date', () => {
  expect(() => buildDateIn(repository(), { SOURCE_DATE_EPOCH: '2025-03-14' })).toThrow(/SOURCE_DATE_EPOCH/);
});

test('outside a git repository the build date is the clock', () => {
  const before = Date.now();
  const date = Date.parse(buildDateIn(mkdtempSync(join(tmpdir(), 'build-date-export-'))));
  expect(date).toBeGreaterThanOrEqual(before - 1000);
  expect(date).toBeLessThanOrEqual(Date.now());
});
