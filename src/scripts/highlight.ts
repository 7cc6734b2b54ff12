/**
 * Marks the searched words on a page opened from a search result (`?highlight=word`, set
 * by the search page). Pagefind matches the start of words, without case or accents, and
 * by stem; so does this: 'oekraine' marks 'Oekraïne', 'arbeidsmigranten' marks
 * 'arbeidsmigrant', and a match inside a word marks the whole word.
 */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
const isLetter = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

export function highlightSearchTerms(): void {
  const terms = new URLSearchParams(location.search)
    .getAll('highlight')
    .map((t) => fold(t).replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((t) => t.length >= 2)
    // A long word is matched without its last letters, so other endings of it are marked too.
    .map((t) => (t.length > 5 ? t.slice(0, Math.max(5, t.length - 2)) : t));
  const main = document.querySelector('main');
  if (terms.length === 0 || !main) return;

  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  let first: HTMLElement | undefined;
  for (const node of nodes) {
    const text = node.data;
    // Fold letter by letter, so a position in the folded text is a position in the text.
    const folded = [...text].map((c) => (fold(c).length === 1 ? fold(c) : c)).join('');
    if (folded.length !== text.length) continue;
    const ranges: [number, number][] = [];
    for (const term of terms) {
      for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
        let start = at;
        let end = at + term.length;
        while (isLetter(text[start - 1])) start -= 1;
        while (isLetter(text[end])) end += 1;
        ranges.push([start, end]);
      }
    }
    ranges.sort((a, b) => b[0] - a[0]);
    let lastStart = Infinity;
    for (const [start, end] of ranges) {
      if (end > lastStart) continue;
      const word = node.splitText(start);
      word.splitText(end - start);
      const mark = document.createElement('mark');
      word.replaceWith(mark);
      mark.append(word);
      first = mark;
      lastStart = start;
    }
  }
  // Without an anchor to go to, bring the first marked word into view.
  if (first && !location.hash) first.scrollIntoView({ block: 'center' });
}
