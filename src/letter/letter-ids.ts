/**
 * The ids of the letter's parts and blocks, such as `conclusie-5-reactie-2`: how each kind is
 * built, read back and named. This module is the only place that knows their shape.
 *
 * The ids are Dutch and the same in every translation, so a link to a paragraph works in any
 * language. They count blocks by position: the official letter does not change.
 *
 *   inleiding, slot, conclusie-5        a part of the letter (its section, or its heading)
 *   slot-titel                          the heading of the closing (for screen readers)
 *   conclusie-5-tekst                   the rekenkamer's conclusion
 *   conclusie-5-aanbevelingen(-2)       the heading over a run of points of one type
 *   conclusie-5-punt-2                  a point, counted among all points of the conclusion
 *   conclusie-5-reactie                 the heading over the college's response
 *   inleiding-3, conclusie-5-reactie-2  a block of a Markdown text (heading, paragraph or list
 *                                       item), counted in document order; the text's anchor first
 */
import type { Translate } from '../i18n/t';

/** The texts around the conclusions. */
export type TextPart = 'opening' | 'closing';
export const pointTypes = ['aandachtspunt', 'aanbeveling'] as const;
export type PointType = (typeof pointTypes)[number];

/** What an id names. `index` counts from 1. */
export type LetterId =
  | { part: TextPart; kind: 'part' | 'part-heading' }
  | { part: TextPart; kind: 'paragraph'; index: number }
  | { part: 'conclusion'; conclusion: number; kind: 'part' | 'statement' | 'response' }
  | { part: 'conclusion'; conclusion: number; kind: 'point' | 'paragraph'; index: number }
  | { part: 'conclusion'; conclusion: number; kind: 'points-heading'; pointType: PointType; index: number };

const partWords: Record<TextPart, string> = { opening: 'inleiding', closing: 'slot' };

/** The opening's or closing's section, and the anchor of its text (the prefix of its paragraphs' ids). */
export const partId = (part: TextPart) => partWords[part];
export const partHeadingId = (part: TextPart) => `${partId(part)}-titel`;
export const conclusionId = (n: number) => `conclusie-${n}`;
export const statementId = (n: number) => `${conclusionId(n)}-tekst`;
/** The k-th run of points of one type in a conclusion; the first has no number. */
export const pointsHeadingId = (n: number, type: PointType, k = 1) => `${conclusionId(n)}-${type}en${k > 1 ? `-${k}` : ''}`;
export const pointId = (n: number, i: number) => `${conclusionId(n)}-punt-${i}`;
/** The heading over the response to conclusion n, and the anchor of the response's text. */
export const responseId = (n: number) => `${conclusionId(n)}-reactie`;
/** The i-th block of a text, after the text's anchor: `partId(part)` or `responseId(n)`. */
export const paragraphId = (textAnchor: string, i: number) => `${textAnchor}-${i}`;
export const responseParagraphId = (n: number, i: number) => paragraphId(responseId(n), i);

// The grammar for reading ids back. Each shape is a pattern with capture groups, and what
// its groups mean; a unit test builds every kind and reads it back.
const count = '([1-9]\\d*)';
/** The letter answers eight conclusions. */
const conclusion = '([1-8])';
const textWord = `(${partWords.opening}|${partWords.closing})`;
const textPart = (word: string): TextPart => (word === partWords.opening ? 'opening' : 'closing');
const inConclusion = (n: string) => ({ part: 'conclusion', conclusion: Number(n) }) as const;

const shapes: { kind: LetterId['kind']; pattern: string; read: (groups: string[]) => LetterId }[] = [
  { kind: 'part', pattern: textWord, read: ([w]) => ({ part: textPart(w!), kind: 'part' }) },
  { kind: 'part-heading', pattern: `${textWord}-titel`, read: ([w]) => ({ part: textPart(w!), kind: 'part-heading' }) },
  { kind: 'paragraph', pattern: `${textWord}-${count}`, read: ([w, i]) => ({ part: textPart(w!), kind: 'paragraph', index: Number(i) }) },
  { kind: 'part', pattern: `conclusie-${conclusion}`, read: ([n]) => ({ ...inConclusion(n!), kind: 'part' }) },
  { kind: 'statement', pattern: `conclusie-${conclusion}-tekst`, read: ([n]) => ({ ...inConclusion(n!), kind: 'statement' }) },
  {
    kind: 'points-heading',
    // The first run of a type has no number, so `-1` is not an id.
    pattern: `conclusie-${conclusion}-(${pointTypes.join('|')})en(?:-([2-9]|[1-9]\\d+))?`,
    read: ([n, type, k]) => ({ ...inConclusion(n!), kind: 'points-heading', pointType: type as PointType, index: Number(k ?? 1) }),
  },
  { kind: 'point', pattern: `conclusie-${conclusion}-punt-${count}`, read: ([n, i]) => ({ ...inConclusion(n!), kind: 'point', index: Number(i) }) },
  { kind: 'response', pattern: `conclusie-${conclusion}-reactie`, read: ([n]) => ({ ...inConclusion(n!), kind: 'response' }) },
  {
    kind: 'paragraph',
    pattern: `conclusie-${conclusion}-reactie-${count}`,
    read: ([n, i]) => ({ ...inConclusion(n!), kind: 'paragraph', index: Number(i) }),
  },
];
const readers = shapes.map((s) => ({ pattern: new RegExp(`^${s.pattern}$`), read: s.read }));

/** What an id of the letter names, or undefined for any other id. */
export function parseLetterId(id: string): LetterId | undefined {
  for (const { pattern, read } of readers) {
    const match = pattern.exec(id);
    if (match) return read(match.slice(1));
  }
  return undefined;
}

/**
 * The blocks one can quote or cite as a source: the conclusion, a point, a paragraph of a text.
 * Headings of the site's own making (`conclusie-5-reactie`) hold none of the letter's words.
 */
const citableKinds: readonly LetterId['kind'][] = ['statement', 'point', 'paragraph'];
export const isCitable = (id: LetterId | undefined) => id !== undefined && citableKinds.includes(id.kind);

/** The ids of citable blocks, as a pattern: for the content schemas and the open data's JSON Schema. */
export const citableIdPattern = new RegExp(
  `^(?:${shapes
    .filter((s) => citableKinds.includes(s.kind))
    .map((s) => s.pattern)
    .join('|')})$`,
);

/** The words that name a citable block: the key of a `search.block.*` interface text, and its numbers. */
export type BlockWords = { key: 'statement' | 'point' | 'response' | 'opening' | 'closing'; number?: number; n?: number };

export function blockWords(id: string): BlockWords | undefined {
  const parsed = parseLetterId(id);
  switch (parsed?.kind) {
    case 'statement':
      return { key: 'statement', number: parsed.conclusion };
    case 'point':
      return { key: 'point', number: parsed.conclusion, n: parsed.index };
    case 'paragraph':
      return parsed.part === 'conclusion' ? { key: 'response', number: parsed.conclusion, n: parsed.index } : { key: parsed.part, n: parsed.index };
    default:
      return undefined;
  }
}

/** A block's id in words, in the reader's language: 'Conclusie 5: reactie, alinea 2'; any other id as it is. */
export function letterBlockName(id: string, t: Translate): string {
  const words = blockWords(id);
  return words ? t(`search.block.${words.key}`, { number: words.number, n: words.n }) : id;
}
