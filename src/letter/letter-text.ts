/**
 * The blocks of the letter's texts, read one way only: Sätteri, the site's Markdown parser,
 * parses a text into a tree and `textBlocks` picks its blocks. The paragraph-anchors plugin
 * gives ids to the blocks `textBlocks` picks in the tree it renders; `letterBlocks` reads the
 * same blocks from a text, for the quote checks and the open data. One rule, one parser: the
 * ids of both agree by construction.
 *
 * @example
 * letterBlocks('slot', 'Eerste alinea.\n\nTweede.')
 * // [{ id: 'slot-1', kind: 'paragraph', text: 'Eerste alinea.' }, { id: 'slot-2', … }]
 */
import { type Features, mdxToHast } from 'satteri';
import { paragraphId, pointId, statementId } from './letter-ids.ts';

/**
 * How the site parses Markdown (astro.config.mjs), and so how the letter is read here. Smart
 * punctuation stays off so quotes keep the letter's own characters ("programma's"), which is
 * what a journalist copies and searches for.
 */
export const markdownFeatures: Features = { smartPunctuation: false };

/** A node of a hast tree, as far as finding blocks needs. */
export interface TreeNode {
  type: string;
  tagName?: string;
  value?: string;
  children?: readonly TreeNode[];
}

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table';
const blockKinds: Record<string, BlockKind> = { h2: 'heading', h3: 'heading', h4: 'heading', p: 'paragraph', li: 'list-item', table: 'table' };

/**
 * The blocks of a text's tree in document order: headings, paragraphs, list items and tables.
 * A block inside a block (a paragraph in a list item) is part of it. MDX components such as
 * `<Chart />` are not elements, so not blocks of the letter.
 */
export function textBlocks<N extends TreeNode>(root: N): { node: N; kind: BlockKind }[] {
  const found: { node: N; kind: BlockKind }[] = [];
  const walk = (node: TreeNode) => {
    for (const child of node.children ?? []) {
      const kind = child.type === 'element' ? blockKinds[child.tagName ?? ''] : undefined;
      if (kind) found.push({ node: child as N, kind });
      else walk(child);
    }
  };
  walk(root);
  return found;
}

const textOf = (node: TreeNode): string => node.value ?? (node.children ?? []).map(textOf).join('');

/** Text as compared for quotes: one space between words, no line breaks. */
export const normalizeSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface LetterBlock {
  id: string;
  kind: BlockKind;
  text: string;
}

/** The blocks of a letter text (the MDX body of a content file) with their ids, after the text's anchor. */
export function letterBlocks(textAnchor: string, mdx: string): LetterBlock[] {
  const tree = mdxToHast(mdx, { features: markdownFeatures, position: false }) as TreeNode;
  return textBlocks(tree).map(({ node, kind }, i) => ({ id: paragraphId(textAnchor, i + 1), kind, text: normalizeSpace(textOf(node)) }));
}

/** A part of the Dutch letter as its content file holds it: the opening, a conclusion, the closing. */
export interface LetterPart {
  anchor: string;
  body: string;
  /** For a conclusion: its number, the rekenkamer's text and its points. */
  conclusion?: { number: number; text: string; points: { text: string }[] };
}

/** Every citable block of the letter by id, in its order: the conclusions, their points and every text's blocks. */
export function letterBlockMap(parts: LetterPart[]): Map<string, LetterBlock> {
  const blocks = parts.flatMap((part): LetterBlock[] => {
    const c = part.conclusion;
    const text = letterBlocks(part.anchor, part.body);
    if (!c) return text;
    return [
      { id: statementId(c.number), kind: 'paragraph', text: c.text },
      ...c.points.map((p, i): LetterBlock => ({ id: pointId(c.number, i + 1), kind: 'list-item', text: p.text })),
      ...text,
    ];
  });
  return new Map(blocks.map((b) => [b.id, b]));
}

/**
 * Why a quote is not the letter's: its anchor names no block, or the block does not hold its
 * words (spacing aside). Undefined when the quote is faithful. The message names file and field.
 */
export function misquote(blocks: Map<string, LetterBlock>, file: string, field: string, quote: { text: string; anchor: string }): string | undefined {
  const block = blocks.get(quote.anchor);
  if (!block) return `${file}: ${field}.anchor '${quote.anchor}' is not a paragraph of the letter`;
  if (!normalizeSpace(block.text).includes(normalizeSpace(quote.text))) {
    return `${file}: ${field}.text is not the letter's wording of #${quote.anchor}: "${quote.text}"`;
  }
  return undefined;
}
