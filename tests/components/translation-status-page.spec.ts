import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterAll, expect, test } from 'vitest';
import { attr, parseDocument, selectAll, selectOne, textContent } from '../html.ts';

// The status page as the build renders it, on content whose Dutch privacy page and one Dutch
// figure definition changed after their translations: a throwaway git repository, read as the
// build reads CONTENT_DIR.
const root = mkdtempSync(join(tmpdir(), 'status-page-'));
const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@localhost', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@localhost' };
const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { env, stdio: 'ignore' });
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, 'content', path)), { recursive: true });
  writeFileSync(join(root, 'content', path), text);
};
const figure = (nl: string) => `value: 50\nconclusion: 3\nlabel:\n  nl: Doel\n  en: Aim\ndefinition:\n  nl: ${nl}\n  en: The aim.\n`;
git('init', '-q');
write('pages/nl/privacy.mdx', 'Privacy');
write('pages/en/privacy.mdx', 'Privacy');
write('figures/doel.yaml', figure('Het doel.'));
git('add', '-A');
git('commit', '-q', '-m', 'translated');
write('pages/nl/privacy.mdx', 'Privacy, gewijzigd');
write('figures/doel.yaml', figure('Het doel, herzien.'));
git('commit', '-q', '-am', 'Dutch changed');
process.env['CONTENT_DIR'] = join(root, 'content');
afterAll(() => {
  delete process.env['CONTENT_DIR'];
});

test('the status page marks both pages outdated in English and names, for the translator, each file and field behind', async () => {
  const { default: StatusPage } = await import('../../src/pages/[...lang]/vertalingen.astro');
  const container = await AstroContainer.create();
  const doc = parseDocument(await container.renderToString(StatusPage, { props: { locale: 'en' } }));
  for (const route of ['privacy/', 'cijfers/']) {
    const cell = selectOne(`tr[data-route="${route}"] td[data-locale="en"]`, doc);
    expect(cell && attr(cell, 'data-state'), route).toBe('outdated');
  }
  const behind = selectOne('section[data-behind="en"]', doc);
  expect(
    selectAll('code', behind ?? [])
      .map((c) => textContent(c))
      .sort(),
  ).toEqual(['figures/doel.yaml: definition', 'pages/nl/privacy.mdx']);
});
