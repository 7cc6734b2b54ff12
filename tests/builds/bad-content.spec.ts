import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

// A build of the site from fixture content: the one way to prove that a wrong content file stops
// the build, naming file and field, and that nothing of it is published.

const build = (contentDir: string, outDir: string) => {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  // Colour codes would split the field names apart.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character starts every colour code.
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
