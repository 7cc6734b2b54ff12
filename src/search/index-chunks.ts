/**
 * Smaller word-index chunks for Pagefind. A search fetches one chunk of the word index for each
 * word typed, and Pagefind cuts chunks at a fixed 20,000 word positions (about 30 KB
 * compressed here; hard-coded in its `pagefind/src/index/mod.rs`). This re-cuts each language's
 * chunks into pieces of about `chunkBytes`, so a three-word search on a phone fetches a few KB of
 * index instead of about 90.
 *
 * Pagefind finds the chunk for a typed word by comparing it with each chunk's `from` and `to` in
 * its metadata and takes the first that fits (`try_request_indexes` in `pagefind_web/src/lib.rs`),
 * then matches the word and every longer word that starts with it in that chunk alone. So words
 * that share their first `groupLetters` letters always stay in one chunk, and each chunk's range
 * is written to cover every string up to the next chunk's first letters: a word typed, its stem
 * and all its longer forms then load the same chunk. Only words shorter than that can miss
 * longer forms across a cut, as they can with Pagefind's own cuts.
 *
 * Pagefind's files are not a public interface. This reads only what a word chunk and the
 * metadata are made of (gzip, a 12-byte signature, CBOR arrays) and copies each word's entry
 * unchanged; anything else fails the build with what it found, to be looked at after an upgrade.
 */
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

const signature = Buffer.from('pagefind_dcd');
/** Uncompressed; about 1.3 KB compressed (median). A search fetches one chunk per word it has. */
const chunkBytes = 2048;
const groupLetters = 3;
/** The last character there is: 'abc' and this sort after every word that starts with 'abc'. */
const afterEverything = '\u{10FFFF}';

export function readPagefindFile(file: Buffer, name: string): Buffer {
  let data: Buffer;
  try {
    data = gunzipSync(file);
  } catch (e) {
    throw new Error(`${name}: not gzip as Pagefind writes it (${(e as Error).message})`);
  }
  if (!data.subarray(0, signature.length).equals(signature)) throw new Error(`${name}: no Pagefind signature`);
  return data.subarray(signature.length);
}

const writePagefindFile = (cbor: Buffer) => gzipSync(Buffer.concat([signature, cbor]), { level: 9 });

/** A CBOR item's major type and length or value, and where its content starts. */
function head(b: Buffer, at: number): { major: number; value: number; next: number } {
  const first = b[at];
  if (first === undefined) throw new Error(`CBOR ends early at byte ${at}`);
  const major = first >> 5;
  const info = first & 31;
  if (info < 24) return { major, value: info, next: at + 1 };
  const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : 0;
  if (size === 0) throw new Error(`CBOR item at byte ${at} has a length Pagefind's index does not use (${info})`);
  return { major, value: b.readUIntBE(at + 1, size), next: at + 1 + size };
}

/** Where the item at `at` ends. */
function skip(b: Buffer, at: number): number {
  const { major, value, next } = head(b, at);
  if (major === 0 || major === 1) return next;
  if (major === 2 || major === 3) return next + value;
  if (major === 4) return Array.from({ length: value }).reduce<number>((pos) => skip(b, pos), next);
  throw new Error(`CBOR item at byte ${at} is of type ${major}, not in Pagefind's index`);
}

function arrayAt(b: Buffer, at: number, what: string): { length: number; next: number } {
  const { major, value, next } = head(b, at);
  if (major !== 4) throw new Error(`${what} is not an array`);
  return { length: value, next };
}

function textAt(b: Buffer, at: number, what: string): string {
  const { major, value, next } = head(b, at);
  if (major !== 3) throw new Error(`${what} is not a text`);
  return b.toString('utf8', next, next + value);
}

/** The items of the array at `at`, each as its own bytes. */
function items(b: Buffer, at: number, what: string): Buffer[] {
  const { length, next } = arrayAt(b, at, what);
  const out: Buffer[] = [];
  let pos = next;
  for (let i = 0; i < length; i += 1) {
    const end = skip(b, pos);
    out.push(b.subarray(pos, end));
    pos = end;
  }
  return out;
}

function encodeHead(major: number, value: number): Buffer {
  if (value < 24) return Buffer.from([(major << 5) | value]);
  const size = value < 0x100 ? 1 : value < 0x10000 ? 2 : 4;
  const out = Buffer.alloc(1 + size);
  out[0] = (major << 5) | (size === 1 ? 24 : size === 2 ? 25 : 26);
  out.writeUIntBE(value, 1, size);
  return out;
}
const encodeArray = (parts: Buffer[]) => Buffer.concat([encodeHead(4, parts.length), ...parts]);
const encodeText = (s: string) => Buffer.concat([encodeHead(3, Buffer.byteLength(s)), Buffer.from(s)]);

export interface WordEntry {
  word: string;
  /** The entry as Pagefind wrote it: the word, then where it occurs. */
  bytes: Buffer;
}

/** The entries of one word chunk: `[[entry, …]]`, each entry `[word, …]`. */
export function wordEntries(chunk: Buffer, name: string): WordEntry[] {
  const outer = arrayAt(chunk, 0, `${name}: the chunk`);
  if (outer.length !== 1) throw new Error(`${name}: the chunk has ${outer.length} parts, not 1 (its word list)`);
  return items(chunk, outer.next, `${name}: the word list`).map((bytes, i) => {
    const entry = arrayAt(bytes, 0, `${name}: word ${i}`);
    return { word: textAt(bytes, entry.next, `${name}: word ${i}'s first part`), bytes };
  });
}

const encodeChunk = (entries: WordEntry[]) => encodeArray([encodeArray(entries.map((e) => e.bytes))]);

// Pagefind compares words as UTF-8 bytes (Rust strings); so does everything here.
const compareWords = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
const firstLetters = (word: string, n: number) => Array.from(word).slice(0, n).join('');

/**
 * Sorted entries cut into chunks of about `size` bytes. Never before a word that starts with the
 * first `groupLetters` letters of the word before it (or with all of it, when it is shorter).
 */
export function cutEntries(entries: WordEntry[], size = chunkBytes): WordEntry[][] {
  const sorted = [...entries].sort((a, b) => compareWords(a.word, b.word));
  const chunks: WordEntry[][] = [];
  let current: WordEntry[] = [];
  let bytes = 0;
  for (const entry of sorted) {
    const last = current.at(-1);
    if (last && bytes >= size && !entry.word.startsWith(firstLetters(last.word, groupLetters))) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(entry);
    bytes += entry.bytes.length;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

interface ChunkRange {
  from: string;
  to: string;
}

/**
 * Each chunk's range in the metadata: from the end of the one before, up to every string that
 * starts with its last word's first letters, so a word typed always lands on the chunk that
 * holds the words sharing its first letters.
 */
function chunkRanges(chunks: WordEntry[][]): ChunkRange[] {
  const tos = chunks.map((chunk, i) => {
    const last = chunk.at(-1)?.word ?? '';
    return i === chunks.length - 1 ? afterEverything : `${firstLetters(last, groupLetters)}${afterEverything}`;
  });
  return tos.map((to, i) => ({ from: i === 0 ? '' : (tos[i - 1] ?? ''), to }));
}

/** The metadata with new chunk ranges: `[version, pages, chunks, …]` (its chunk list read by `chunkHashes`). */
function withChunks(meta: Buffer, chunks: (ChunkRange & { hash: string })[], name: string): Buffer {
  const parts = items(meta, 0, `${name}: the metadata`);
  parts[2] = encodeArray(chunks.map((c) => encodeArray([encodeText(c.from), encodeText(c.to), encodeText(c.hash)])));
  return encodeArray(parts);
}

/** A file name as Pagefind makes them: the language, then the start of the content's hash. */
const hashName = (language: string, content: Buffer, length = 7) => `${language}_${createHash('sha256').update(content).digest('hex').slice(0, length)}`;

/** The hashes of the word chunks the metadata lists, each chunk `[from, to, hash]`, all texts. */
export function chunkHashes(meta: Buffer, name: string): string[] {
  const list = items(meta, 0, `${name}: the metadata`)[2];
  if (!list) throw new Error(`${name}: the metadata has no chunk list`);
  return items(list, 0, `${name}: the chunk list`).map((chunk, i) => {
    const fields = items(chunk, 0, `${name}: chunk ${i}`).map((field, f) => textAt(field, 0, `${name}: chunk ${i} field ${f}`));
    if (fields.length !== 3) throw new Error(`${name}: chunk ${i} has ${fields.length} fields, not 3 (from, to, hash)`);
    return fields[2] ?? '';
  });
}

interface Entry {
  languages: Record<string, { hash: string }>;
}

/** Re-cuts the word index of every language in a Pagefind bundle (`dir`, with `pagefind-entry.json`); says how. */
export async function recutIndex(dir: string, size = chunkBytes): Promise<string> {
  const entryPath = join(dir, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryPath, 'utf8')) as Entry;
  const counts: string[] = [];
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaPath = join(dir, `pagefind.${info.hash}.pf_meta`);
    const meta = readPagefindFile(await readFile(metaPath), metaPath);
    const oldPaths = chunkHashes(meta, metaPath).map((hash) => join(dir, 'index', `${hash}.pf_index`));
    const entries: WordEntry[] = [];
    for (const path of oldPaths) entries.push(...wordEntries(readPagefindFile(await readFile(path), path), path));

    const chunks = cutEntries(entries, size).map((words) => ({ words, cbor: encodeChunk(words) }));
    const hashes = chunks.map((c) => hashName(language, c.cbor));
    if (new Set(hashes).size !== hashes.length) throw new Error(`${language}: two word chunks have the same hash`);
    for (const path of oldPaths) await rm(path);
    for (const [i, c] of chunks.entries()) await writeFile(join(dir, 'index', `${hashes[i]}.pf_index`), writePagefindFile(c.cbor));

    const ranges = chunkRanges(chunks.map((c) => c.words)).map((r, i) => ({ ...r, hash: hashes[i] ?? '' }));
    const newMeta = withChunks(meta, ranges, metaPath);
    // A new name for new content: a browser may keep the old metadata, which names removed chunks.
    info.hash = hashName(language, newMeta, 10);
    await rm(metaPath);
    await writeFile(join(dir, `pagefind.${info.hash}.pf_meta`), writePagefindFile(newMeta));
    counts.push(`${language} ${oldPaths.length}→${chunks.length}`);
  }
  await writeFile(entryPath, JSON.stringify(entry));
  return `word chunks ${counts.join(', ')}`;
}
