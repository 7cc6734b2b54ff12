/**
 * A Sätteri hast plugin that sends a link between pages of the site to the page in the
 * reader's language: content in a locale folder writes the Dutch path, as a translator copies
 * it from the Dutch file, and the page gets that path in its own locale.
 *
 * @example
 * // content/guidance/pl/werken/eerste-weken.mdx: [payslip](/werken/loonstrook/) → href="/pl/werken/loonstrook/"
 */
import type { HastPluginDefinition } from 'satteri';
import { isLocaleCode } from '../i18n/locales.ts';
import { localePath, splitPath } from '../i18n/routes.ts';

interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: readonly Node[];
}

export function localeLinks(): HastPluginDefinition {
  return {
    name: 'locale-links',
    before(root, ctx) {
      const folder = /\/content\/[a-z]+\/([a-z]{2})\//.exec(ctx.fileURL?.pathname ?? '')?.[1];
      if (!folder || !isLocaleCode(folder)) return;
      const walk = (node: Node) => {
        for (const child of node.children ?? []) {
          const href = child.properties?.['href'];
          if (child.tagName === 'a' && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
            const { locale, route } = splitPath(href);
            if (locale !== 'nl') throw new Error(`${ctx.fileURL?.pathname}: link ${href} must be the Dutch path (/werken/…); the build adds the locale`);
            ctx.setProperty(child as never, 'href', localePath(folder, route));
          }
          walk(child);
        }
      };
      walk(root as Node);
    },
  };
}
