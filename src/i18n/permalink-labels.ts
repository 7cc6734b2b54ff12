/** The words of 'link to this' per locale, for the Markdown pipeline (astro.config.mjs). */
import { localeCodes } from './locales.ts';
import { readUiFile } from './ui-files.ts';
import type { PermalinkLabels } from '../markdown/paragraph-anchors.ts';

export function readPermalinkLabels(): PermalinkLabels {
  return Object.fromEntries(
    localeCodes.map((code) => {
      const ui = readUiFile(code);
      return [code, { text: ui['permalink.text'] ?? '', hidden: ui['permalink.hidden'] ?? '' }];
    }),
  );
}
