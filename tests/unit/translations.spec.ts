import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { locales, sourceLocale } from '../../src/i18n/locales.ts';

const content = new URL('../../content/', import.meta.url);
// content/renderings/<locale>.yaml is a locale's own list for translators, no translation of a Dutch file.
const files = readdirSync(content, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(mdx|yaml)$/.test(f) && !f.startsWith('renderings/'));
const frontmatter = (file: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(new URL(file, content), 'utf8'))?.[1] ?? '');

/** 'conclusions/uk/2.mdx' → locale 'uk' and the Dutch path 'conclusions/nl/2.mdx'; likewise 'study/uk.yaml'. */
function translationOf(file: string): { locale: string; dutch: string } | undefined {
  const folder = /^([^/]+)\/([a-z]{2})\/(.+)$/.exec(file);
  if (folder) return { locale: folder[2] ?? '', dutch: `${folder[1]}/${sourceLocale}/${folder[3]}` };
  const single = /^([^/]+)\/([a-z]{2})\.yaml$/.exec(file);
  if (single) return { locale: single[2] ?? '', dutch: `${single[1]}/${sourceLocale}.yaml` };
  return undefined;
}

test('every translated content file is in a known locale and has a Dutch original', () => {
  const codes = locales.map((l) => l.code as string);
  for (const file of files) {
    const t = translationOf(file);
    if (!t || t.locale === sourceLocale) continue;
    expect(codes, file).toContain(t.locale);
    expect(files, `${file} has no Dutch original`).toContain(t.dutch);
  }
});

test('a translated conclusion keeps the number, the anchor and the points of the Dutch one', () => {
  const translated = files.filter((f) => /^conclusions\/(?!nl\/)/.test(f));
  expect(translated.length).toBeGreaterThan(0);
  for (const file of translated) {
    const own = frontmatter(file);
    const dutch = frontmatter(translationOf(file)?.dutch ?? '');
    expect(own.number, file).toBe(dutch.number);
    expect(own.anchor, file).toBe(dutch.anchor);
    expect(
      own.points.map((p: { type: string }) => p.type),
      file,
    ).toEqual(dutch.points.map((p: { type: string }) => p.type));
  }
});
