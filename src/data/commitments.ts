/**
 * The college's commitments, its stances on the recommendations and the dated items of
 * the letter, checked against the letter itself: every quote must be the words of the
 * paragraph its anchor names, and every source must exist. A mistake stops the build
 * with the file and the field named.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sourceLocale } from '../i18n/locales';
import { parseLetterId, pointId } from '../letter/letter-ids';
import { type LetterBlock, letterBlockMap, misquote } from '../letter/letter-text';

export type Commitment = CollectionEntry<'commitments'>;
export type Stance = CollectionEntry<'stances'>;
export type Status = Commitment['data']['history'][number]['status'];

// Read and checked once per build, not once per page that shows them.
let letterBlocksOnce: Promise<Map<string, LetterBlock>> | undefined;
let commitmentsOnce: Promise<Commitment[]> | undefined;
let stancesOnce: Promise<Stance[]> | undefined;

/** Every citable block of the Dutch letter by anchor: response paragraphs, conclusions and points. */
export function getDutchLetterBlocks(): Promise<Map<string, LetterBlock>> {
  letterBlocksOnce ??= readDutchLetterBlocks();
  return letterBlocksOnce;
}

async function readDutchLetterBlocks(): Promise<Map<string, LetterBlock>> {
  const dutch = (e: { id: string }) => e.id.startsWith(`${sourceLocale}/`);
  const parts = await getCollection('letter', dutch);
  const conclusions = (await getCollection('conclusions', dutch)).sort((a, b) => a.data.number - b.data.number);
  const part = (name: 'opening' | 'closing') => parts.filter((p) => p.data.part === name).map((p) => ({ anchor: p.data.anchor, body: p.body ?? '' }));
  return letterBlockMap([
    ...part('opening'),
    ...conclusions.map((c) => ({
      anchor: c.data.anchor,
      body: c.body ?? '',
      conclusion: { number: c.data.number, text: c.data.conclusion, points: c.data.points },
    })),
    ...part('closing'),
  ]);
}

type Quote = { text: string; anchor: string };

export async function checkQuote(file: string, field: string, quote: Quote) {
  const problem = misquote(await getDutchLetterBlocks(), file, field, quote);
  if (problem) throw new Error(problem);
}

async function checkEvidence(file: string, field: string, evidence: string) {
  if (evidence.startsWith('brief#')) {
    if (!(await getDutchLetterBlocks()).has(evidence.slice(6))) {
      throw new Error(`${file}: ${field} '${evidence}' is not a paragraph of the letter`);
    }
  } else if (!(await getCollection('sources')).some((s) => s.id === evidence)) {
    throw new Error(`${file}: ${field} '${evidence}' names no file in content/sources`);
  }
}

/** A block's number within its part of the letter; the conclusion itself comes first. */
const blockNumber = (anchor: string) => {
  const id = parseLetterId(anchor);
  return id && 'index' in id ? id.index : 0;
};

/** All commitments in the order of the letter: by conclusion, then by paragraph. */
export function getCommitments(): Promise<Commitment[]> {
  commitmentsOnce ??= readCommitments();
  return commitmentsOnce;
}

async function readCommitments(): Promise<Commitment[]> {
  const all = await getCollection('commitments');
  for (const c of all) {
    const file = `content/commitments/${c.id}.yaml`;
    await checkQuote(file, 'quote', c.data.quote);
    for (const [i, h] of c.data.history.entries()) await checkEvidence(file, `history.${i}.source`, h.source);
  }
  return all.sort(
    (a, b) =>
      a.data.conclusions[0]! - b.data.conclusions[0]! || blockNumber(a.data.quote.anchor) - blockNumber(b.data.quote.anchor) || a.id.localeCompare(b.id),
  );
}

/** The status a commitment holds now: the last of its history. */
export const currentStatus = (c: Commitment) => c.data.history.at(-1)!;

/** The stances on the recommendations, in the letter's order; optionally of one conclusion. */
export async function getStances(conclusion?: number): Promise<Stance[]> {
  stancesOnce ??= readStances();
  return (await stancesOnce).filter((s) => conclusion === undefined || s.data.conclusion === conclusion);
}

async function readStances(): Promise<Stance[]> {
  const all = await getCollection('stances');
  const conclusions = await getCollection('conclusions', (e) => e.id.startsWith(`${sourceLocale}/`));
  for (const s of all) {
    const file = `content/stances/${s.id}.yaml`;
    const expected = pointId(s.data.conclusion, s.data.point);
    if (s.id !== expected) throw new Error(`${file}: the file must be named ${expected}.yaml after its conclusion and point`);
    const point = conclusions.find((c) => c.data.number === s.data.conclusion)?.data.points[s.data.point - 1];
    if (point?.type !== 'aanbeveling') throw new Error(`${file}: point ${s.data.point} of conclusion ${s.data.conclusion} is not an aanbeveling`);
    await checkQuote(file, 'quote', s.data.quote);
    if (s.data.alsoIn && !(await getDutchLetterBlocks()).has(s.data.alsoIn)) {
      throw new Error(`${file}: alsoIn '${s.data.alsoIn}' is not a paragraph of the letter`);
    }
  }
  return all.sort((a, b) => a.data.conclusion - b.data.conclusion || a.data.point - b.data.point);
}

/** Commitments that answer one conclusion. */
export async function getCommitmentsFor(conclusion: number) {
  return (await getCommitments()).filter((c) => c.data.conclusions.includes(conclusion));
}
