/**
 * The blocks of a letter text read straight from its Markdown, with the ids the
 * paragraph-anchors plugin gives them in the HTML: headings, paragraphs and list items
 * in document order (`conclusie-6-reactie-4`). MDX components such as `<Chart />` are
 * not blocks of the letter. The letter's Markdown is plain: no inline markup to strip.
 *
 * Used to check commitments' quotes at build time and to publish the letter as open
 * data; a test compares the result with the built HTML.
 *
 * @example
 * letterBlocks('slot', 'Eerste alinea.\n\nTweede.')
 * // [{ id: 'slot-1', kind: 'paragraph', text: 'Eerste alinea.' }, { id: 'slot-2', … }]
 */
export interface LetterBlock {
  id: string;
  kind: 'heading' | 'paragraph' | 'list-item';
  text: string;
}

const listItem = /^\s*(\d+\.|[-*])\s+/;

export function letterBlocks(prefix: string, markdown: string): LetterBlock[] {
  const blocks: Omit<LetterBlock, 'id'>[] = [];
  let open: Omit<LetterBlock, 'id'> | undefined;
  for (const line of markdown.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || /^<.*\/>$/.test(trimmed) || /^(import|export) /.test(trimmed)) {
      open = undefined;
    } else if (trimmed.startsWith('#')) {
      blocks.push({ kind: 'heading', text: trimmed.replace(/^#+\s*/, '') });
      open = undefined;
    } else if (listItem.test(line)) {
      open = { kind: 'list-item', text: trimmed.replace(listItem, '') };
      blocks.push(open);
    } else if (open) {
      open.text += ` ${trimmed}`;
    } else {
      open = { kind: 'paragraph', text: trimmed };
      blocks.push(open);
    }
  }
  return blocks.map((b, i) => ({ id: `${prefix}-${i + 1}`, ...b }));
}

/** Text as compared for quotes: one space between words, no line breaks. */
export const normalizeSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A part of the Dutch letter as its content file holds it: the opening, a conclusion, the closing. */
export interface LetterPart {
  anchor: string;
  body: string;
  /** For a conclusion: its number, the rekenkamer's text and its points. */
  conclusion?: { number: number; text: string; points: { text: string }[] };
}

export type NumberedBlock = LetterBlock & { conclusion?: number };

/** Every citable block of the letter by anchor, in its order: response paragraphs, conclusions and their points. */
export function letterBlockMap(parts: LetterPart[]): Map<string, NumberedBlock> {
  const blocks = parts.flatMap((part): NumberedBlock[] => {
    const c = part.conclusion;
    if (!c) return letterBlocks(part.anchor, part.body);
    return [
      { id: `conclusie-${c.number}-tekst`, kind: 'paragraph', text: c.text, conclusion: c.number },
      ...c.points.map((p, i): NumberedBlock => ({ id: `conclusie-${c.number}-punt-${i + 1}`, kind: 'list-item', text: p.text, conclusion: c.number })),
      ...letterBlocks(part.anchor, part.body).map((b) => ({ ...b, conclusion: c.number })),
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
