import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { plainTexts, sentences, words } from '../content/plain-texts.ts';

// Rules of the content that a reader would notice if they broke, checked on the content
// files themselves, before any build.

/**
 * Sentences that may be longer than 25 words, and why. Keep this list short: every entry is a
 * sentence a reader with little Dutch has to get through.
 */
const longSentencesAllowed: { where: RegExp; sentence: RegExp; why: string }[] = [
  { where: /^guidance\/[a-z]+\/werken\/inschrijven\.mdx$/, sentence: /\b19\b.*RNI|RNI.*\b19\b/, why: 'the 19 RNI desks are one list of place names' },
];

test('no sentence in guidance, plain summaries or glossary explanations is longer than 25 words', () => {
  const long: string[] = [];
  for (const t of plainTexts()) {
    for (const s of sentences(t.text)) {
      if (words(s) <= 25) continue;
      const allowed = longSentencesAllowed.some((a) => a.where.test(t.where) && a.sentence.test(s));
      if (!allowed) long.push(`${t.where} (${words(s)} words): ${s}`);
    }
  }
  expect(long).toEqual([]);
});

test('sentences are counted as a reader counts them', () => {
  expect(sentences('Dit is één. Is dit twee? Ja! Bijv. dit blijft één zin.')).toEqual(['Dit is één.', 'Is dit twee?', 'Ja!', 'Bijv· dit blijft één zin.']);
  // 'ca.' is an abbreviation only as a word of its own, not at the end of 'niewystarczająca'.
  expect(sentences('Opieka jest niewystarczająca. Zarząd tak uważa.')).toHaveLength(2);
  // Arabic asks with its own question mark.
  expect(sentences('هل تعمل؟ سجّل نفسك.')).toEqual(['هل تعمل؟', 'سجّل نفسك.']);
  expect(words('Vanaf 1 januari 2026 is het AMOUNT.')).toBe(7);
  expect(words('Bel 112 – dag en nacht.')).toBe(5);
});

const content = new URL('../../content/', import.meta.url);
const guidanceFiles = readdirSync(new URL('guidance/', content), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
const amountOf = (id: string) => parse(readFileSync(new URL(`amounts/${id}.yaml`, content), 'utf8'));

test('every money amount in guidance is an <Amount>, so it always shows the period it applies to', () => {
  // A sum of money written as text, in any of the site's scripts: '€14.71', '14,71 euro', '10 млн євро'.
  const money = /€\s?\d|\d[\d.,\s]*\s?(€|euro\b|eur\b|євро|евро)/iu;
  const written: string[] = [];
  for (const file of guidanceFiles) {
    const text = readFileSync(new URL(`guidance/${file}`, content), 'utf8');
    text.split('\n').forEach((line, i) => {
      if (money.test(line.replace(/<(Amount|Period)\b[^>]*\/>/g, ''))) written.push(`guidance/${file}:${i + 1}: ${line.trim()}`);
    });
  }
  expect(written).toEqual([]);
});

test('a bare amount stands under a lead sentence that gives its very period', () => {
  const problems: string[] = [];
  let bare = 0;
  for (const file of guidanceFiles) {
    let period: string | undefined;
    for (const line of readFileSync(new URL(`guidance/${file}`, content), 'utf8').split('\n')) {
      if (/^#/.test(line)) period = undefined;
      for (const m of line.matchAll(/<(Amount|Period) id="([^"]+)"( bare)? \/>/g)) {
        const a = amountOf(m[2] ?? '');
        const key = JSON.stringify([a.from, a.until, a.newerInSources]);
        if (m[1] === 'Period') period = key;
        else if (m[3]) {
          bare++;
          if (period !== key) problems.push(`guidance/${file}: <Amount id="${m[2]}" bare /> has no <Period> of the same period above it in its section`);
        }
      }
    }
  }
  expect(bare).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});
