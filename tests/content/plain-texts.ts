/**
 * The plain-language texts of the site, read from the content files: guidance pages (title,
 * description, audience, body), the conclusions' plain summaries and the glossary's
 * explanations, per locale. Components are dropped, except that an amount counts as one word.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { content } from './files.ts';

const contentDir = new URL('../../content/', import.meta.url);

export interface PlainText {
  /** Where the text is: 'guidance/uk/werken/wonen.mdx', 'glossary/bsn.yaml: explanation.uk'. */
  where: string;
  locale: string;
  text: string;
}

const read = (path: string) => readFileSync(new URL(path, contentDir), 'utf8');
const files = (folder: string) => readdirSync(new URL(`${folder}/`, contentDir), { recursive: true, encoding: 'utf8' });

/** MDX body text as a reader reads it: no components, links or Markdown marks. */
export function readable(mdx: string): string {
  return mdx
    .replace(/<(Amount|Period)\b[^>]*\/>/g, 'AMOUNT')
    .replace(/<[A-Z][^>]*\/>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#+ |^\s*(- |\d+\. )|[*_`]/gm, '');
}

export function plainTexts(): PlainText[] {
  const texts: PlainText[] = [];
  for (const file of files('guidance').filter((f) => f.endsWith('.mdx'))) {
    const { data, body } = content(`guidance/${file}`);
    const locale = file.split('/')[0] ?? '';
    for (const field of ['title', 'description', 'audience']) texts.push({ where: `guidance/${file}: ${field}`, locale, text: data[field] });
    for (const block of readable(body).split(/\n\s*\n/)) texts.push({ where: `guidance/${file}`, locale, text: block });
  }
  for (const file of files('conclusions').filter((f) => f.endsWith('.mdx'))) {
    const { data } = content(`conclusions/${file}`);
    texts.push({ where: `conclusions/${file}: summary`, locale: file.split('/')[0] ?? '', text: data.summary });
  }
  for (const file of files('glossary').filter((f) => f.endsWith('.yaml'))) {
    const data = parse(read(`glossary/${file}`));
    for (const [locale, text] of Object.entries<string>(data.explanation)) texts.push({ where: `glossary/${file}: explanation.${locale}`, locale, text });
  }
  return texts;
}

/** The sentences of a text: split after . ! ? and the Arabic ؟ (or a line end in a list), abbreviations aside. */
export function sentences(text: string): string[] {
  return (
    text
      // Abbreviations end in a full stop but not a sentence; they start a word (in any script).
      .replace(/(?<![\p{L}\p{N}])(bijv|bv|e\.g|i\.e|o\.a|d\.w\.z|ca|nr|art|blz|str|ul|вул|напр|np|tzn|m\.in|ok|ș\.a|т\.е|т\.нар)\./giu, '$1·')
      .split(/(?<=[.!?؟])\s+|\n+/)
      .map((s) => s.trim())
      .filter(Boolean)
  );
}

/** Words as a reader counts them: runs of letters or digits, so '1 januari 2026' is three. */
export const words = (sentence: string) => sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
