/**
 * What growth costs: builds the site from the real content and from a generated fixture
 * with ten times its pages (every guidance page ten times over, and 300 activities), each
 * from a cold cache, and prints the build's time (the search index is part of every build),
 * its peak memory and the index's size. Never published; run by hand:  npm run bench:scale
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { fixtureActivity } from '../setup/finder-fixture-data.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const root = join(tmpdir(), 'migranten-scale-bench');

/** Runs a command under GNU time: wall seconds and peak memory (MB) of it and its children. */
function measure(args: string[], env: NodeJS.ProcessEnv): { seconds: number; peakMb: number } {
  const out = join(root, 'time.txt');
  execFileSync('/usr/bin/time', ['-f', '%e %M', '-o', out, process.execPath, ...args], {
    cwd: repo,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const [seconds = '0', kb = '0'] = readFileSync(out, 'utf8').trim().split(/\s+/).slice(-2);
  return { seconds: Number(seconds), peakMb: Math.round(Number(kb) / 1024) };
}

const size = (dir: string): number =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, f) => {
    const s = statSync(join(dir, f));
    return s.isFile() ? sum + s.size : sum;
  }, 0);

function tenfold(content: string) {
  for (const locale of readdirSync(join(content, 'guidance'))) {
    for (const section of readdirSync(join(content, 'guidance', locale))) {
      const dir = join(content, 'guidance', locale, section);
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx') && f !== 'index.mdx')) {
        for (let copy = 2; copy <= 10; copy += 1) cpSync(join(dir, file), join(dir, file.replace('.mdx', `-kopie-${copy}.mdx`)));
      }
    }
  }
  for (let n = 1; n <= 300; n += 1) writeFileSync(join(content, 'activities', `schaal-${n}.yaml`), stringify(fixtureActivity(n)));
}

const rows: string[] = [];
for (const [name, grow] of [
  ['real content', false],
  ['ten times', true],
] as const) {
  const work = join(root, name.replace(' ', '-'));
  rmSync(work, { recursive: true, force: true });
  const content = join(work, 'content');
  cpSync(join(repo, 'content'), content, { recursive: true });
  if (grow) tenfold(content);
  mkdirSync(work, { recursive: true });
  const out = join(work, 'dist');
  const env = { CONTENT_DIR: content };
  // A cold build: the fixture's content cache (see astro.config.mjs) is removed first.
  rmSync(join(repo, 'node_modules/.astro-fixture'), { recursive: true, force: true });
  const build = measure(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], env);
  const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html')).length;
  const indexMb = (size(join(out, 'pagefind')) / 1024 / 1024).toFixed(1);
  rows.push(`| ${name} | ${pages} | ${build.seconds} s | ${build.peakMb} MB | ${indexMb} MB |`);
  console.error(`${name}: done`);
}
console.log('| content | pages | build, search index included | peak memory | index size |');
console.log('|---|---:|---:|---:|---:|');
for (const r of rows) console.log(r);
rmSync(root, { recursive: true, force: true });
