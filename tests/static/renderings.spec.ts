import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { checking, pages } from './built-pages.ts';
import { textInPageLanguage } from './page-text.ts';

// One word for one thing: content/renderings/<locale>.yaml lists, per locale, the renderings
// of a Dutch term that the site does not use. No page of that locale may use one, in its
// content or its interface. Text marked as another language (Dutch quotes) does not count.
const folder = new URL('../../content/renderings/', import.meta.url);
const files = readdirSync(folder).filter((f) => f.endsWith('.yaml'));

for (const file of files) {
  const code = file.replace('.yaml', '');
  const data = parse(readFileSync(new URL(file, folder), 'utf8')) ?? {};
  const banned: string[] = [...Object.values<string[]>(data.avoid ?? {}).flat(), ...(data.phrases ?? []).flatMap((p: { avoid: string[] }) => p.avoid)];
  if (banned.length === 0) continue; // Dutch, the source, has nothing to avoid.
  test(`no ${code} page uses a rendering that content/renderings/${file} lists as not to use`, () => {
    // Case does not matter, and a rendering starts at a word boundary, so a stem catches every ending.
    const patterns = banned.map((b) => ({ b, re: new RegExp(`(?<![\\p{L}\\p{N}])${b.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu') }));
    const ofLocale = checking(
      `renderings not to use in ${code}`,
      pages.filter((p) => p.locale === code),
    );
    expect(ofLocale.length).toBeGreaterThan(30);
    const found: string[] = [];
    for (const { path, document } of ofLocale) {
      const text = textInPageLanguage(document);
      for (const { b, re } of patterns) {
        const at = text.search(re);
        if (at >= 0) found.push(`${path}: "${b}" in "…${text.slice(Math.max(0, at - 40), at + 60)}…"`);
      }
    }
    expect(found).toEqual([]);
  });
}
