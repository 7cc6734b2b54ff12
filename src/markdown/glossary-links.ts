/**
 * A Sätteri hast plugin that links the first use of each glossary term on a guidance page
 * to that term on the glossary page of the page's locale. Terms are matched as the Dutch
 * words readers meet (translations keep them, usually in brackets), as whole words, only
 * in paragraphs and list items, never inside headings, links or source references.
 *
 * @example
 * // content/guidance/pl/werken/inschrijven.mdx: "numer BSN" → "numer <a href="/pl/begrippen/#begrip-bsn">BSN</a>"
 */
import type { HastPluginDefinition } from 'satteri';
import { isLocaleCode, sourceLocale } from '../i18n/locales.ts';
import { localePath, routes } from '../i18n/routes.ts';

export interface GlossaryEntry {
  id: string;
  /** The term and its other forms, as written in running text. */
  forms: string[];
}

interface Node {
  type: string;
  tagName?: string;
  value?: string;
  children?: readonly Node[];
}

const skipped = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre']);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function glossaryLinks(entries: GlossaryEntry[]): HastPluginDefinition {
  // Longest forms first, so 'sociale basis' wins over a shorter overlapping form.
  const forms = entries
    .flatMap((e) => [...new Set(e.forms.flatMap((f) => [f, capitalised(f)]))].map((form) => ({ id: e.id, form })))
    .sort((a, b) => b.form.length - a.form.length);
  const pattern = forms.length ? new RegExp(`(?<![\\p{L}\\p{N}-])(${forms.map((f) => escapeRegExp(f.form)).join('|')})(?![\\p{L}\\p{N}-])`, 'gu') : undefined;
  const idOf = new Map(forms.map((f) => [f.form, f.id]));

  return {
    name: 'glossary-links',
    before(root, ctx) {
      const match = /\/guidance\/([a-z]{2})\//.exec(ctx.fileURL?.pathname ?? '');
      if (!pattern || !match) return;
      const locale = isLocaleCode(match[1]) ? match[1] : sourceLocale;
      const glossary = localePath(locale, routes.glossary);
      const linked = new Set<string>();

      const linkText = (node: Node) => {
        const value = node.value ?? '';
        const parts: Node[] = [];
        let last = 0;
        for (const m of value.matchAll(pattern)) {
          const id = idOf.get(m[0]);
          if (!id || linked.has(id)) continue;
          linked.add(id);
          if (m.index > last) parts.push({ type: 'text', value: value.slice(last, m.index) });
          parts.push({
            type: 'element',
            tagName: 'a',
            properties: { href: `${glossary}#begrip-${id}`, dataTerm: id },
            children: [{ type: 'text', value: m[0] }],
          } as Node);
          last = m.index + m[0].length;
        }
        if (parts.length === 0) return;
        if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
        ctx.replaceNode(node as never, parts as never);
      };

      const walk = (node: Node, inBlock: boolean) => {
        for (const child of node.children ?? []) {
          if (child.type === 'text' && inBlock) linkText(child);
          else if (child.type === 'element' && !skipped.has(child.tagName ?? '')) {
            walk(child, inBlock || child.tagName === 'p' || child.tagName === 'li');
          }
        }
      };
      walk(root as Node, false);
    },
  };
}
