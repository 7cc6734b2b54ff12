/**
 * A Sätteri hast plugin that gives every block of a letter text a stable, positional id,
 * so a journalist can link to one paragraph and the same id points to the same paragraph
 * in every translation.
 *
 * Only files whose frontmatter has `anchor` are touched: their blocks, as `textBlocks` finds
 * them (the rule the quote checks and the open data read the letter by, see `letter-text.ts`),
 * become `<anchor>-1`, `<anchor>-2`, … in document order. The official letter does not
 * change, so positions are stable; a translation keeps the Dutch block structure (a test
 * compares the anchors of every language).
 *
 * Each block also ends in a visible 'link to this' (`Permalink.astro` renders the same for
 * blocks outside Markdown), in the language of the file's locale folder.
 *
 * @example
 * // frontmatter `anchor: conclusie-1-reactie` → <p id="conclusie-1-reactie-1">… <a href="#conclusie-1-reactie-1">link</a></p>
 */
import type { HastPluginDefinition } from 'satteri';
import { paragraphId } from '../letter/letter-ids.ts';
import { type TreeNode, textBlocks } from '../letter/letter-text.ts';

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
      for (const [i, { node, kind }] of textBlocks(root as TreeNode).entries()) {
        const id = paragraphId(prefix, i + 1);
        ctx.setProperty(node as never, 'id', id);
        if (kind !== 'table') ctx.appendChild(node as never, permalink(id, label) as never);
      }
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
