/**
 * A Sätteri hast plugin for the ids of headings whose text has combining marks: Arabic vowel
 * signs and the shadda ('أسجّل'). Astro's slugger keeps them, but an id may hold only letters,
 * digits, '-' and '_', so such a heading gets an id of its own without the marks. Every other
 * heading keeps the id Astro gives it (and links to it keep working); Astro keeps an id that is
 * already there, and lists it in the page's headings for the contents list.
 *
 * @example
 * // '## كيف أسجّل لدى طبيب عائلة؟' → id="كيف-أسجل-لدى-طبيب-عائلة"
 */
import type { HastPluginDefinition } from 'satteri';

interface Node {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: readonly Node[];
}

const text = (node: Node): string => node.value ?? (node.children ?? []).map(text).join('');

/** The slugger's rule (lower case, punctuation out, spaces to '-'), and the marks out too. */
export function markFreeSlug(heading: string): string {
  return heading
    .normalize('NFC')
    .toLowerCase()
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

export function headingIds(): HastPluginDefinition {
  return {
    name: 'heading-ids-without-marks',
    before(root, ctx) {
      const used = new Map<string, number>();
      const walk = (node: Node) => {
        for (const child of node.children ?? []) {
          if (/^h[1-6]$/.test(child.tagName ?? '') && child.properties?.['id'] === undefined && /\p{M}/u.test(text(child).normalize('NFC'))) {
            const slug = markFreeSlug(text(child));
            const n = used.get(slug) ?? 0;
            used.set(slug, n + 1);
            ctx.setProperty(child as never, 'id', n === 0 ? slug : `${slug}-${n}`);
          }
          walk(child);
        }
      };
      walk(root as Node);
    },
  };
}
