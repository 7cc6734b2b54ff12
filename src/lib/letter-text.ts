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
