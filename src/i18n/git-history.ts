/**
 * The git history of one folder: which files each commit changed and which have
 * uncommitted changes, and on request the texts of chosen files at every commit that
 * changed them; five git calls whatever the folder's size.
 * Plain Node, for the build and the command alike.
 *
 * Changes are numbered by how recent they are: 0 is a change not yet committed, 1 the
 * newest commit that touches the folder, 2 the one before, and so on. Numbers of different
 * files are comparable, which is what 'the Dutch text changed after its translation' needs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FolderHistory {
  /** When each file (relative to the folder) last changed; absent for a file never committed nor changed. */
  lastChange: Map<string, number>;
  /**
   * The changes whose commit says its edits need no new translation, with the trailer
   * `Translations: unaffected` (a typo fixed, 'u' made 'je'): a Dutch edit there leaves its
   * translations up to date. Astro Docs' `i18nIgnore` does the same. The other way round, a
   * translator who finds a translation already says what the changed Dutch says marks it with
   * the trailer `Translation-checked: <file> …` (paths in the folder): it counts as changed then.
   */
  unaffected: Set<number>;
  /** As `lastChange`, passing over the `unaffected` changes: when a Dutch file last needed its translations redone. */
  lastChangeNeedingTranslation: Map<string, number>;
  /**
   * For each group of files, their texts at every change that touched any of them, newest
   * first: the working tree (change 0), then each commit with its number. A file absent at
   * a change is undefined there. All groups are read in one `git cat-file --batch`.
   */
  versions(groups: string[][]): Versions[][];
}

export interface Versions {
  change: number;
  texts: Map<string, string | undefined>;
}

/** A commit trailer's values in `git log --format`, on one line. */
const trailer = (key: string) => `%(trailers:key=${key},valueonly,separator=%x20)`;

const git = (cwd: string, args: string[], input?: string) =>
  execFileSync('git', ['-C', cwd, ...args], { input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'ignore'] });

/** The folder's history; undefined where there is none to read (not a git checkout, or a shallow clone). */
export function readFolderHistory(dir: string): FolderHistory | undefined {
  let commits: { sha: string; unaffected: boolean; files: Set<string> }[];
  const lastChange = new Map<string, number>();
  try {
    if (git(dir, ['rev-parse', '--is-shallow-repository']).toString().trim() !== 'false') return undefined;
    const prefix = git(dir, ['rev-parse', '--show-prefix']).toString().trim();
    for (const line of git(dir, ['status', '--porcelain', '--untracked-files=all', '--', '.']).toString().split('\n')) {
      // A rename reads 'R  old -> new'; the new path is the one that changed.
      const path = line.slice(3).split(' -> ').pop()?.trim() ?? '';
      if (path) lastChange.set(path.startsWith(prefix) ? path.slice(prefix.length) : path, 0);
    }
    // Every commit, also those that change nothing here: one may carry a trailer about this folder.
    commits = git(dir, ['log', '--relative', '--name-only', `--format=%x00%H%x09${trailer('Translations')}%x09${trailer('Translation-checked')}`])
      .toString()
      .split('\0')
      .filter(Boolean)
      .map((block) => {
        const [head = '', ...files] = block.split('\n').map((l) => l.trim());
        const [sha = '', translations = '', checked = ''] = head.split('\t');
        // 'Translation-checked: guidance/uk/werken/zorg.mdx' counts as a change of that file.
        const changed = [...files, ...checked.split(/[\s,]+/)].filter(Boolean);
        return { sha, unaffected: translations.trim().toLowerCase() === 'unaffected', files: new Set(changed) };
      });
  } catch {
    return undefined;
  }
  commits.forEach((c, i) => {
    for (const f of c.files) if (!lastChange.has(f)) lastChange.set(f, i + 1);
  });

  function versions(groups: string[][]): Versions[][] {
    const touching = groups.map((paths) => commits.map((c, i) => ({ ...c, change: i + 1 })).filter((c) => paths.some((p) => c.files.has(p))));
    const blobs = catFiles(
      dir,
      groups.flatMap((paths, g) => touching[g]?.flatMap((c) => paths.map((p) => `${c.sha}:./${p}`)) ?? []),
    );
    let next = 0;
    return groups.map((paths, g) => [
      { change: 0, texts: new Map(paths.map((p) => [p, existsSync(join(dir, p)) ? readFileSync(join(dir, p), 'utf8') : undefined])) },
      ...(touching[g] ?? []).map((c) => ({ change: c.change, texts: new Map(paths.map((p) => [p, blobs[next++]])) })),
    ]);
  }
  const unaffected = new Set(commits.flatMap((c, i) => (c.unaffected ? [i + 1] : [])));
  const lastChangeNeedingTranslation = new Map([...lastChange].filter(([, change]) => change === 0));
  commits.forEach((c, i) => {
    if (c.unaffected) return;
    for (const f of c.files) if (!lastChangeNeedingTranslation.has(f)) lastChangeNeedingTranslation.set(f, i + 1);
  });
  return { lastChange, unaffected, lastChangeNeedingTranslation, versions };
}

/** Texts of `<rev>:<path>` objects in order, through one `git cat-file --batch`; undefined for a missing one. */
function catFiles(dir: string, requests: string[]): (string | undefined)[] {
  if (requests.length === 0) return [];
  const out = git(dir, ['cat-file', '--batch'], `${requests.join('\n')}\n`);
  const texts: (string | undefined)[] = [];
  let at = 0;
  while (at < out.length) {
    const end = out.indexOf(10, at);
    const header = out.subarray(at, end).toString().split(' ');
    at = end + 1;
    if (header[1] !== 'blob') {
      // '<request> missing', or a folder where a file was asked.
      texts.push(undefined);
      if (header.length === 3) at += Number(header[2]) + 1;
      continue;
    }
    const size = Number(header[2]);
    texts.push(out.subarray(at, at + size).toString('utf8'));
    at += size + 1;
  }
  return texts;
}
