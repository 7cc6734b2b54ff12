import { readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { letterBlockMap, misquote, type LetterPart } from '../../src/letter/letter-text.ts';
import { content } from '../content/files.ts';

// The build checks every quote of a commitment, stance or timeline item against the letter
// (src/data/commitments.ts throws what `misquote` says, which stops the build; the build test of
// bad content proves a thrown content error stops it). Here: the check on the real Dutch letter.
const conclusions: LetterPart[] = readdirSync(new URL('../../content/conclusions/nl/', import.meta.url))
  .map((f) => content(`conclusions/nl/${f}`))
  .sort((a, b) => a.data.number - b.data.number)
  .map(({ data, body }) => ({ anchor: data.anchor, body, conclusion: { number: data.number, text: data.conclusion, points: data.points } }));
const letter = (part: string): LetterPart => {
  const { data, body } = content(`letter/nl/${part}.mdx`);
  return { anchor: data.anchor, body };
};
const blocks = letterBlockMap([letter('opening'), ...conclusions, letter('closing')]);

test("the letter's blocks carry the anchors the site links to, with the letter's words", () => {
  expect(blocks.get('conclusie-6-reactie-1')?.text).toContain('beleidsregel');
  expect(blocks.get('conclusie-5-tekst')?.kind).toBe('paragraph');
  expect(blocks.get('conclusie-1-punt-1')?.text).toMatch(/^hoge werkloosheid onder statushouders/);
});

test("a quote in the letter's words passes, whatever its line breaks", () => {
  const words = blocks.get('conclusie-6-reactie-1')!.text.split(' ').slice(2, 9).join('\n  ');
  expect(misquote(blocks, 'content/commitments/x.yaml', 'quote', { text: words, anchor: 'conclusie-6-reactie-1' })).toBeUndefined();
});

test('a misquote names the file, the field and the paragraph', () => {
  expect(
    misquote(blocks, 'content/commitments/verkeerd-citaat.yaml', 'quote', { text: 'De beleidsregel is vastgesteld.', anchor: 'conclusie-6-reactie-1' }),
  ).toBe('content/commitments/verkeerd-citaat.yaml: quote.text is not the letter\'s wording of #conclusie-6-reactie-1: "De beleidsregel is vastgesteld."');
  expect(misquote(blocks, 'content/stances/conclusie-1-punt-3.yaml', 'quote', { text: 'x', anchor: 'conclusie-9-reactie-1' })).toBe(
    "content/stances/conclusie-1-punt-3.yaml: quote.anchor 'conclusie-9-reactie-1' is not a paragraph of the letter",
  );
});
