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
 * Each block also ends in a visible 'link to this' (`Permalink.astro` renders the same for
 * blocks outside Markdown), in the language of the file's locale folder.
 *
 * @example
 * // frontmatter `anchor: conclusie-1-reactie` → <p id="conclusie-1-reactie-1">… <a href="#conclusie-1-reactie-1">link</a></p>
 */
import type { HastPluginDefinition } from 'satteri';

interface Node {
  type: string;
  tagName?: string;
  children?: readonly Node[];
}

const anchored = new Set(['h2', 'h3', 'h4', 'p', 'li', 'table']);

/** The words of a 'link to this' per locale: visible text, and the rest for screen readers. */
export type PermalinkLabels = Record<string, { text: string; hidden: string }>;

export function paragraphAnchors(labels: PermalinkLabels): HastPluginDefinition {
  return {
    name: 'paragraph-anchors',
    before(root, ctx) {
      const prefix = (ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter?.anchor;
      if (typeof prefix !== 'string' || prefix === '') return;
      const locale = /\/([a-z]{2})\/[^/]+\.mdx?$/.exec(ctx.fileURL?.pathname ?? '')?.[1] ?? '';
      const label = labels[locale];
      if (!label?.text) throw new Error(`${ctx.fileURL?.pathname}: a letter text must be in a locale folder (content/<collection>/<locale>/)`);
      let count = 0;
      const walk = (node: Node, insideAnchored: boolean) => {
        for (const child of node.children ?? []) {
          const isBlock = child.type === 'element' && anchored.has(child.tagName ?? '');
          if (isBlock && !insideAnchored) {
            count += 1;
            const id = `${prefix}-${count}`;
            ctx.setProperty(child as never, 'id', id);
            if (child.tagName !== 'table') ctx.appendChild(child as never, permalink(id, label) as never);
          }
          walk(child, insideAnchored || isBlock);
        }
      };
      walk(root as Node, false);
    },
  };
}

const permalink = (id: string, label: { text: string; hidden: string }) => [
  { type: 'text', value: ' ' },
  {
    type: 'element',
    tagName: 'a',
    properties: { href: `#${id}`, className: ['permalink'], dataPermalink: '', dataPagefindIgnore: '' },
    children: [
      { type: 'text', value: label.text },
      { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: ` ${label.hidden}` }] },
    ],
  },
];
