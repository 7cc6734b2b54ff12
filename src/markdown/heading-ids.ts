/**
 * A Sätteri hast plugin for the ids of headings Astro's slugger would make invalid: with
 * combining marks (Arabic vowel signs and the shadda, 'أسجّل'), or starting with a digit ('4
 * hónapnál…'). An id holds only letters, digits, '-' and '_' and starts with a letter, so such
 * a heading gets an id of its own: without the marks, and with 'h-' before a digit. Every other
 * heading keeps the id Astro gives it (and links to it keep working); Astro keeps an id that is
 * already there, and lists it in the page's headings for the contents list.
 *
 * @example
 * // '## كيف أسجّل لدى طبيب عائلة؟' → id="كيف-أسجل-لدى-طبيب-عائلة"
 * // '## 4 hónapnál tovább maradok' → id="h-4-hónapnál-tovább-maradok"
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

/** The slugger's rule (lower case, punctuation out, spaces to '-'), and the marks out too; never starting with a digit. */
export function headingSlug(heading: string): string {
  const slug = heading
    .normalize('NFC')
    .toLowerCase()
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
  return /^\p{L}/u.test(slug) ? slug : `h-${slug}`;
}

/** Whether Astro's slug of this heading would be an invalid id. */
const needsOwnId = (heading: string) => /\p{M}/u.test(heading.normalize('NFC')) || !/^\p{L}/u.test(heading.trim());

export function headingIds(): HastPluginDefinition {
  return {
    name: 'valid-heading-ids',
    before(root, ctx) {
      const used = new Map<string, number>();
      const walk = (node: Node) => {
        for (const child of node.children ?? []) {
          if (/^h[1-6]$/.test(child.tagName ?? '') && child.properties?.['id'] === undefined && needsOwnId(text(child))) {
            const slug = headingSlug(text(child));
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
