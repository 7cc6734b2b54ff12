import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// Two builds at once would take both cores from the other tests; one at a time.
test.describe.configure({ mode: 'serial' });

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
  test.setTimeout(120_000);
  const outDir = join(mkdtempSync(join(tmpdir(), 'bad-build-')), 'dist');
  const result = build('./tests/fixtures/invalid-content', outDir);
  const { output } = result;
  expect(result.status, output).not.toBe(0);
  expect(output).toContain('tests/fixtures/invalid-content/conclusions/nl/1.mdx');
  expect(output).toMatch(/summary\W.*Required/);
  expect(output).toMatch(/points\.0\.type: Invalid option/);
  expect(existsSync(join(outDir, 'index.html')), 'no page of a failed build is written').toBe(false);
});

// A quote that is not the letter's wording passes the schema; the build checks it against
// the letter itself. The fixture is the real content plus one misquoted commitment.
test('a commitment that misquotes the letter fails the build, naming the file and the field', () => {
  test.setTimeout(180_000);
  // One fixed folder, so repeated runs reuse one content cache (see astro.config.mjs).
  const work = join(tmpdir(), 'migranten-misquote-fixture');
  rmSync(work, { recursive: true, force: true });
  const contentDir = join(work, 'content');
  cpSync('content', contentDir, { recursive: true });
  writeFileSync(
    join(contentDir, 'commitments', 'verkeerd-citaat.yaml'),
    [
      'title: { nl: Verkeerd citaat }',
      'conclusions: [6]',
      'owner: gemeente',
      'quote:',
      '  text: De beleidsregel is vastgesteld.',
      '  anchor: conclusie-6-reactie-1',
      'summary: { nl: Een samenvatting. }',
      'history:',
      '  - { status: done, from: 2025-10-15, source: brief#conclusie-6-reactie-1 }',
    ].join('\n'),
  );
  const outDir = join(work, 'dist');
  const { status, output } = build(contentDir, outDir);
  expect(status, output).not.toBe(0);
  expect(output).toContain("content/commitments/verkeerd-citaat.yaml: quote.text is not the letter's wording of #conclusie-6-reactie-1");
  expect(existsSync(join(outDir, 'index.html')), 'no page of a failed build is written').toBe(false);
});
