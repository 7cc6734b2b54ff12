/**
 * The interface strings, one JSON file per locale in `src/i18n/ui/`, read one way for everything
 * that needs them: the translation system (t.ts), the Markdown pipeline, which is configured
 * before Vite runs (permalink-labels.ts), and the translation status. Read from the project's
 * folder, as the build and the tests run there, so the same code works in Node and in Vite.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LocaleCode } from './locales.ts';

/** The folder of the interface files, relative to the project. */
export const uiFolder = 'src/i18n/ui';

/** One locale's interface strings by key; a missing file stops the build, naming it. */
export function readUiFile(code: LocaleCode): Record<string, string> {
  const file = join(process.cwd(), uiFolder, `${code}.json`);
  if (!existsSync(file)) throw new Error(`Missing interface file ${uiFolder}/${code}.json for locale '${code}'`);
  return JSON.parse(readFileSync(file, 'utf8'));
}
