/**
 * A Sätteri hast plugin that gives every block of a letter text a stable, positional id,
 * so a journalist can link to one paragraph and the same id points to the same paragraph
 * in every translation.
 *
 * Only files whose frontmatter has `anchor` are touched: their headings, paragraphs and
 * list items become `<anchor>-1`, `<anchor>-2`, … in document order. A paragraph inside a
 * list item shares the item's id. The official letter does not change, so positions are
 * stable; a translation keeps the Dutch block structure (a test compares both).
 *
 * @example
 * // frontmatter `anchor: conclusie-1-reactie` → <p id="conclusie-1-reactie-1">…
 */
import type { HastPluginDefinition } from 'satteri';

interface Node {
  type: string;
  tagName?: string;
  children?: readonly Node[];
}

const anchored = new Set(['h2', 'h3', 'h4', 'p', 'li', 'table']);

export const paragraphAnchors: HastPluginDefinition = {
  name: 'paragraph-anchors',
  before(root, ctx) {
    const prefix = (ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter?.anchor;
    if (typeof prefix !== 'string' || prefix === '') return;
    let count = 0;
    const walk = (node: Node, insideAnchored: boolean) => {
      for (const child of node.children ?? []) {
        const isBlock = child.type === 'element' && anchored.has(child.tagName ?? '');
        if (isBlock && !insideAnchored) {
          count += 1;
          ctx.setProperty(child as never, 'id', `${prefix}-${count}`);
        }
        walk(child, insideAnchored || isBlock);
      }
    };
    walk(root as Node, false);
  },
};
