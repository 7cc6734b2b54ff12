import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

// Builds of the site from fixture content. Vitest runs the tests of a file one after another,
// which these need: two Astro builds at once share the project's .astro/ folder.

const build = (contentDir: string, outDir: string) => {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  // Colour codes would split the field names apart.
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
};

// Builds the site from a fixture with a broken content file; the real content is never touched.
test('a content file with a missing or wrong field fails the build, naming the file and the field', () => {
  const outDir = join(mkdtempSync(join(tmpdir(), 'bad-build-')), 'dist');
  const result = build('./tests/fixtures/invalid-content', outDir);
  const { output } = result;
  expect(result.status, output).not.toBe(0);
  expect(output).toContain('tests/fixtures/invalid-content/conclusions/nl/1.mdx');
  expect(output).toMatch(/summary\W.*Required/);
  expect(output).toMatch(/points\.0\.type: Invalid option/);
  expect(existsSync(join(outDir, 'index.html')), 'no page of a failed build is written').toBe(false);
});

// The whole chain on a real build: content whose Dutch privacy page and one Dutch figure
// definition changed after their translations shows readers of those translations the
// notice, on every page that shows them, and nobody else.
test('a page whose translation is outdated tells its readers so', () => {
  // A git repository of its own holding the real content, then one Dutch change.
  const root = join(tmpdir(), 'migranten-outdated-fixture');
  rmSync(root, { recursive: true, force: true });
  cpSync('content', join(root, 'content'), { recursive: true });
  const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@localhost', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@localhost' };
  const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { env, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'the real content');
  const privacy = join(root, 'content/pages/nl/privacy.mdx');
  writeFileSync(privacy, `${readFileSync(privacy, 'utf8')}\nEen nieuwe alinea.\n`);
  // One field of a file that holds every locale: the other fields stay up to date.
  const figure = join(root, 'content/figures/coa-doel-betaald-werk.yaml');
  const figureText = readFileSync(figure, 'utf8');
  expect(figureText).toMatch(/^definition:\n  nl: /m);
  writeFileSync(figure, figureText.replace(/^(definition:\n  nl: )/m, '$1Herzien. '));
  git('commit', '-q', '-am', 'Dutch privacy page and a Dutch figure definition changed');
  const outDir = join(root, 'dist');
  const { status, output } = build(join(root, 'content'), outDir);
  expect(status, output).toBe(0);
  const html = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
  for (const locale of ['en', 'uk', 'pl', 'ro', 'bg']) expect(html(`${locale}/privacy`), locale).toContain('data-notice-outdated');
  expect(html('en/toegankelijkheid')).not.toContain('data-notice-outdated');
  expect(html('privacy')).not.toContain('data-notice-outdated');
  expect(html('en/vertalingen')).toMatch(/data-route="privacy\/"[\s\S]*?data-locale="en" data-state="outdated"/);
  // The figure is on the figures page and on its conclusion's page (conclusion 3).
  for (const page of ['cijfers', 'conclusies/3']) for (const locale of ['en', 'uk', 'bg']) expect(html(`${locale}/${page}`), `${locale}/${page}`).toContain('data-notice-outdated');
  for (const page of ['en/conclusies/2', 'en/begrippen', 'en/activiteiten']) expect(html(page), page).not.toContain('data-notice-outdated');
  expect(html('en/vertalingen')).toMatch(/data-route="cijfers\/"[\s\S]*?data-locale="en" data-state="outdated"/);
  // What is behind, named for the translator: the file and the field, nothing else.
  const behind = html('en/vertalingen').match(/<section[^>]*data-behind="uk"[\s\S]*?<\/section>/)?.[0] ?? '';
  expect(behind).toContain('figures/coa-doel-betaald-werk.yaml: definition');
  expect(behind).not.toContain('figures/coa-doel-betaald-werk.yaml: label');
  expect(behind).toContain('pages/nl/privacy.mdx');
});
