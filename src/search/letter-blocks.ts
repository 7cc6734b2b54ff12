/**
 * The ids of the letter's blocks (see `paragraph-anchors.ts` and `ConclusionSection.astro`)
 * read back into what they name, so a search result can say 'Conclusion 5: response,
 * paragraph 2' in the reader's language instead of showing the id.
 */
import type { Translate } from '../i18n/t';

export type LetterBlock =
  | { kind: 'statement'; conclusion: number }
  | { kind: 'point' | 'response'; conclusion: number; n: number }
  | { kind: 'opening' | 'closing'; n: number };

const pattern = /^(?:conclusie-(\d+)-(tekst|punt|reactie)(?:-(\d+))?|(inleiding|slot)-(\d+))$/;

export function letterBlock(id: string): LetterBlock | undefined {
  const m = pattern.exec(id);
  if (!m) return undefined;
  if (m[4]) return { kind: m[4] === 'inleiding' ? 'opening' : 'closing', n: Number(m[5]) };
  const conclusion = Number(m[1]);
  if (m[2] === 'tekst') return { kind: 'statement', conclusion };
  // The response heading itself (`conclusie-5-reactie`) is a heading, titled by its text.
  if (!m[3]) return undefined;
  return { kind: m[2] === 'punt' ? 'point' : 'response', conclusion, n: Number(m[3]) };
}

/**
 * Marks every block of the letter in a page's HTML as a Pagefind sub-result, titled by its
 * own id (the search page turns the id into words).
 */
export function titleLetterBlocks(html: string): string {
  return html.replace(/<(p|li|table)\b([^>]*?)\sid="([^"]+)"/g, (tag, name: string, attrs: string, id: string) =>
    letterBlock(id) ? `<${name}${attrs} id="${id}" data-pagefind-title="${id}"` : tag,
  );
}

/** A block's id in words, in the reader's language: 'Conclusie 5: reactie, alinea 2'. */
export function letterBlockName(id: string, t: Translate): string {
  const block = letterBlock(id);
  if (!block) return id;
  return t(`search.block.${block.kind}`, { number: 'conclusion' in block ? block.conclusion : undefined, n: 'n' in block ? block.n : undefined });
}
