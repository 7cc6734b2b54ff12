import { readdirSync } from 'node:fs';
import { markdownToHtml } from 'satteri';
import { expect, test } from 'vitest';
import { parseLetterId } from '../../src/letter/letter-ids.ts';
import { letterBlocks, markdownFeatures } from '../../src/letter/letter-text.ts';
import { paragraphAnchors } from '../../src/markdown/paragraph-anchors.ts';
import { content as readContent } from '../content/files.ts';
import { attr, normalized, parseDocument, selectAll, selectOne, textContent } from '../html.ts';

test('the blocks of a letter text get the ids the HTML gives them, components left out', () => {
  const markdown = [
    'Eerste alinea,',
    'over twee regels.',
    '',
    '<Chart id="6.1" />',
    '',
    '### 1. Een kop',
    '',
    '1. eerste punt;',
    '2. tweede punt',
    '   loopt door.',
    '',
    '- een los punt',
    '',
    '- met *nadruk* &amp; een paragraaf erin',
    '',
    'Slot.',
  ].join('\n');
  expect(letterBlocks('conclusie-6-reactie', markdown)).toEqual([
    { id: 'conclusie-6-reactie-1', kind: 'paragraph', text: 'Eerste alinea, over twee regels.' },
    { id: 'conclusie-6-reactie-2', kind: 'heading', text: '1. Een kop' },
    { id: 'conclusie-6-reactie-3', kind: 'list-item', text: 'eerste punt;' },
    { id: 'conclusie-6-reactie-4', kind: 'list-item', text: 'tweede punt loopt door.' },
    { id: 'conclusie-6-reactie-5', kind: 'list-item', text: 'een los punt' },
    { id: 'conclusie-6-reactie-6', kind: 'list-item', text: 'met nadruk & een paragraaf erin' },
    { id: 'conclusie-6-reactie-7', kind: 'paragraph', text: 'Slot.' },
  ]);
});

// The quote checks and the open data read a text with `letterBlocks`; the page shows what the
// paragraph-anchors plugin made of it. Both pick blocks with one function, in Sätteri's tree:
// here every letter text, in every language, rendered with the plugin, against `letterBlocks`.
const content = new URL('../../content/', import.meta.url);
const letterTexts = ['letter', 'conclusions'].flatMap((collection) =>
  readdirSync(new URL(`${collection}/`, content)).flatMap((locale) =>
    readdirSync(new URL(`${collection}/${locale}/`, content)).map((file) => `${collection}/${locale}/${file}`),
  ),
);

test.each(letterTexts)('%s: the page shows the blocks the quote checks read, with their ids and words', async (path) => {
  const { data, body } = readContent(path);
  const anchor: string = data.anchor ?? '';
  if (!body.trim()) return;
  const { html } = await markdownToHtml(body, {
    hastPlugins: [paragraphAnchors({ [path.split('/')[1]!]: { text: 'link', hidden: 'to this' } })],
    features: markdownFeatures,
    fileURL: new URL(path, content),
    // What Astro gives the plugin; the rest of Astro's data the plugin does not read.
    data: { astro: { frontmatter: { anchor } } as never },
  });
  const page = selectAll('[id]', parseDocument(html))
    .filter((e) => parseLetterId(attr(e, 'id') ?? ''))
    .map((e) => {
      const permalink = selectOne('.permalink', e);
      return {
        id: attr(e, 'id'),
        text: normalized(textContent(e))
          .replace(permalink ? normalized(textContent(permalink)) : '', '')
          .trim(),
      };
    });
  expect(page.length).toBeGreaterThan(0);
  expect(page).toEqual(letterBlocks(anchor, body).map(({ id, text }) => ({ id, text })));
});
