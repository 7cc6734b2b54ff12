/**
 * A PostCSS step after Tailwind: its stylesheet is written into every page (astro.config.mjs),
 * where the W3C Nu HTML Checker reads it, and that checker's CSS parser knows neither
 * `@property` nor `margin-trim`, so it reports each page invalid. Tailwind registers its
 * `--tw-*` variables with `@property` and, for browsers without it, sets the same initial
 * values on every element inside `@supports (…margin-trim…)`. This step keeps only that
 * second way, unconditionally: the values each element starts from are the same, the site
 * animates none of them, and the checker finds nothing to report.
 */
import type { Plugin } from 'postcss';

export const w3cValidCss = (): Plugin => ({
  postcssPlugin: 'w3c-valid-css',
  OnceExit(root) {
    root.walkAtRules('property', (rule) => {
      rule.remove();
    });
    root.walkAtRules('layer', (layer) => {
      if (layer.params !== 'properties') return;
      layer.walkAtRules('supports', (supports) => {
        supports.replaceWith(supports.nodes ?? []);
      });
    });
  },
});
