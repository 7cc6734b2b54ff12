/**
 * Reads the glossary's Dutch terms for the Markdown pipeline, which is configured before
 * Astro's content layer runs. Only `term` and `forms` are read; the schema in
 * `src/schemas.ts` still validates every file when the content is loaded.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { GlossaryEntry } from './glossary-links.ts';

export function readGlossaryForms(contentDir: string): GlossaryEntry[] {
  const dir = join(contentDir, 'glossary');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const data = parse(readFileSync(join(dir, f), 'utf8')) as { term?: unknown; forms?: unknown };
      const forms = [data.term, ...(Array.isArray(data.forms) ? data.forms : [])].filter((x): x is string => typeof x === 'string');
      return { id: f.replace(/\.yaml$/, ''), forms };
    });
}
