/**
 * The words of 'link to this' per locale, for the Markdown pipeline, which is configured
 * before Vite (and so `t.ts`) can load the interface files.
 */
import { readFileSync } from 'node:fs';
import { localeCodes } from './locales.ts';
import type { PermalinkLabels } from '../lib/paragraph-anchors.ts';

export function readPermalinkLabels(): PermalinkLabels {
  return Object.fromEntries(
    localeCodes.map((code) => {
      const ui = JSON.parse(readFileSync(new URL(`./ui/${code}.json`, import.meta.url), 'utf8')) as Record<string, string>;
      return [code, { text: ui['permalink.text'] ?? '', hidden: ui['permalink.hidden'] ?? '' }];
    }),
  );
}
