/**
 * Where a right-to-left text holds runs to show left to right: Dutch names, addresses, numbers
 * with spaces ('0800 51 51'). Read by the build for whole pages (bidi.ts) and by the search page
 * for its excerpts, so it imports nothing.
 */
/** Latin letters, Dutch ones with accents included. */
const latin = 'A-Za-z\\u00C0-\\u024F';
/** Spaces and dashes inside names and numbers, the non-breaking ones the site writes in phone numbers included. */
const separators = ' \\u00A0\\u202F\\u2011–\\-';
/**
 * A run: it starts with a Latin letter, a digit or '+', goes on over Latin letters, digits, spaces
 * and the punctuation of names, numbers and addresses (never brackets or quotes: those belong to
 * the sentence around it, and the algorithm pairs them), and ends with a letter or digit. `&amp;`
 * and `&nbsp;` count as one character; a run never starts inside an entity.
 */
const run = new RegExp(`(?<![&#\\w${latin}])(?:#?[${latin}]|\\+?\\d)(?:[${latin}\\d${separators}.,:/@_'’]|&(?:amp|nbsp);)*[${latin}\\d]`, 'gu');
/** A run needs isolating when it has a Latin letter, or digits with a space or dash between them ('0800 51 51'). */
const needsIsolation = new RegExp(`[${latin}]|\\d(?:[${separators}]|&nbsp;)+\\+?\\d`, 'u');

/** The runs of a text (raw HTML text or plain text) that need isolating, in order. */
export function leftToRightRuns(text: string): { index: number; length: number }[] {
  return [...text.matchAll(run)].filter((m) => needsIsolation.test(m[0])).map((m) => ({ index: m.index, length: m[0].length }));
}
