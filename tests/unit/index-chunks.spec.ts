/**
 * The search index re-cut into small chunks (src/search/index-chunks.ts) must find what
 * Pagefind's own index finds. Pagefind indexes the same pages twice; one copy is re-cut wherever
 * a cut is allowed; both are searched with Pagefind's own script and WebAssembly, run in Node.
 * Every word of the pages and its first letters are searched in both: the results of Pagefind's
 * own index (one chunk, nothing left out) are the expectation.
 */
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chunkHashes, cutEntries, readPagefindFile, recutIndex, wordEntries } from '../../src/search/index-chunks.ts';

// Words that share their first letters, in two scripts, so cuts fall between and inside such runs.
const pages = {
  nl: [
    'Arbeidsmigranten werken in de kassen. Arbeid en arbeidsuitbuiting: meld het bij de Arbeidsinspectie.',
    'Werkgevers en werknemers. De werkgever betaalt het minimumloon; werk je meer uren, dan krijg je meer loon.',
    'Zorgtoeslag, zorgverzekering en de huisarts. Zorg dat je verzekerd bent. Bel de huisartsenpost.',
    'Inschrijven bij de gemeente: BSN, DigiD, adres. Inburgering en taallessen voor statushouders.',
    'Kinderbijslag voor kinderen tot 18 jaar. Kinderopvang en kindgebonden budget bij de Belastingdienst.',
  ],
  uk: [
    'Тимчасовий захист для українців до 4 березня 2027 року. Тимчасове житло та захисту.',
    'Робота без дозволу на роботу: роботодавець реєструє працівників. Працювати можна.',
    'Допомога на дітей, дитячі садки, дитина. Медичне страхування і медична допомога.',
  ],
} as const;

// Words of one or two letters can miss longer forms across a cut (the module says why); those are left out.
const queriesOf = (texts: readonly string[]) =>
  texts.flatMap((text) => {
    const words = [...new Set(text.toLowerCase().match(/\p{L}{3,}|\d{3,}/gu) ?? [])];
    const single = [...new Set([...words, ...words.flatMap((w) => [3, 4, 5].filter((n) => w.length > n).map((n) => w.slice(0, n)))])];
    // Each also with the page's first word, as readers type more than one: each word needs its chunk.
    return [...single, ...single.map((q) => `${q} ${words[0]}`)];
  });

interface Pagefind {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  destroy(): Promise<void>;
  search(term: string): Promise<{ results: { id: string; score: number; words: number[] }[] }>;
}

let dir = '';
/**
 * Pagefind's own script for a bundle, in one language (it reads the language from the page).
 * `fresh`: each search starts from no chunk loaded, as a reader's first search does.
 */
async function searcherIn(bundle: string, language: string, fresh: boolean): Promise<(query: string) => Promise<string[]>> {
  (globalThis as { document?: unknown }).document = { currentScript: null, querySelector: () => ({ getAttribute: () => language }) };
  const script = pathToFileURL(join(bundle, 'pagefind.js'));
  script.search = language; // A module of its own for each bundle and language.
  const pagefind = (await import(/* @vite-ignore */ script.href)) as Pagefind;
  const start = async () => {
    await pagefind.options({ basePath: `${pathToFileURL(bundle).href}/`, noWorker: true });
    await pagefind.init();
  };
  await start();
  return async (query) => {
    if (fresh) {
      await pagefind.destroy();
      await start();
      // Pagefind's init returns before its files are read, and a search then waits 50 ms for them.
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const { results } = await pagefind.search(query);
    return results.map((r) => `${r.id} ${r.score.toFixed(4)} ${r.words.join(',')}`);
  };
}

const realFetch = globalThis.fetch;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'index-chunks-'));
  // Pagefind fetches its files; here they are on disk, and unzipped here, as that is quicker.
  globalThis.fetch = (async (url: string | URL) => {
    const file = await readFile(new URL(String(url)).pathname);
    return new Response(file[0] === 0x1f && file[1] === 0x8b ? gunzipSync(file) : file);
  }) as typeof fetch;
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind did not start');
  for (const [language, texts] of Object.entries(pages))
    for (const [i, content] of texts.entries()) await index.addCustomRecord({ url: `/${language}/${i}/`, content, language });
  await index.writeFiles({ outputPath: join(dir, 'own') });
  await pagefind.close();
  await cp(join(dir, 'own'), join(dir, 'recut'), { recursive: true });
  await recutIndex(join(dir, 'recut'), 1); // A cut wherever one is allowed.
});

afterAll(async () => {
  globalThis.fetch = realFetch;
  delete (globalThis as { document?: unknown }).document;
  await rm(dir, { recursive: true, force: true });
});

async function metaOf(bundle: string, language: string): Promise<{ path: string; meta: Buffer }> {
  const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8'));
  const path = join(bundle, `pagefind.${entry.languages[language].hash}.pf_meta`);
  return { path, meta: readPagefindFile(await readFile(path), path) };
}

describe('the re-cut search index', () => {
  for (const [language, texts] of Object.entries(pages)) {
    test(`in ${language}, every word of three letters or more, and its first 3, 4 and 5 letters, alone and two at a time, find what Pagefind's own index finds`, async () => {
      // Pagefind's own index is one chunk. On the re-cut one, a chunk an earlier search loaded
      // could hide a search that asks for the wrong chunk.
      const own = await searcherIn(join(dir, 'own'), language, false);
      const recut = await searcherIn(join(dir, 'recut'), language, true);
      const queries = queriesOf(texts);
      let withResults = 0;
      for (const q of queries) {
        const expected = await own(q);
        if (expected.length > 0) withResults += 1;
        expect(await recut(q), q).toEqual(expected);
      }
      expect(withResults, 'queries that find something').toBeGreaterThan(queries.length / 2);
    });
  }

  test('is cut into many chunks, and keeps only the chunks its metadata names', async () => {
    const named: string[] = [];
    for (const language of Object.keys(pages)) {
      const { path, meta } = await metaOf(join(dir, 'recut'), language);
      const hashes = chunkHashes(meta, path);
      const { path: ownPath, meta: ownMeta } = await metaOf(join(dir, 'own'), language);
      expect(chunkHashes(ownMeta, ownPath)).toHaveLength(1);
      expect(hashes.length, language).toBeGreaterThan(5);
      named.push(...hashes.map((h) => `${h}.pf_index`));
    }
    expect((await readdir(join(dir, 'recut', 'index'))).sort()).toEqual(named.sort());
    const metas = (await readdir(join(dir, 'recut'))).filter((f) => f.endsWith('.pf_meta'));
    expect(metas).toHaveLength(Object.keys(pages).length);
  });
});

describe('cutting', () => {
  const entry = (word: string) => ({ word, bytes: Buffer.alloc(10) });
  test('never between words that share their first three letters, or before a longer form of a short word', () => {
    const words = ['arbeid', 'arbeids', 'arbeidsmigrant', 'are', 'de', 'dee', 'deel', 'den', 'zorg'];
    const chunks = cutEntries(words.map(entry), 1).map((c) => c.map((e) => e.word));
    expect(chunks).toEqual([['arbeid', 'arbeids', 'arbeidsmigrant'], ['are'], ['de', 'dee', 'deel'], ['den'], ['zorg']]);
  });

  test('a chunk Pagefind would write differently fails with the file and what it found', () => {
    const map = Buffer.from([0xa1, 0x61, 0x61, 0x01]); // {"a": 1}
    expect(() => wordEntries(map, 'index/nl_1.pf_index')).toThrow('index/nl_1.pf_index: the chunk is not an array');
    expect(() => readPagefindFile(Buffer.from('[]'), 'index/nl_0.pf_index')).toThrow('index/nl_0.pf_index: not gzip as Pagefind writes it');
    expect(() => readPagefindFile(gzipSync('[]'), 'index/nl_0.pf_index')).toThrow('index/nl_0.pf_index: no Pagefind signature');
    const twoParts = Buffer.from([0x82, 0x80, 0x80]); // [[], []]
    expect(() => wordEntries(twoParts, 'index/nl_2.pf_index')).toThrow('index/nl_2.pf_index: the chunk has 2 parts, not 1 (its word list)');
  });
});
