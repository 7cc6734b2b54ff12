/**
 * Dutch compounds for the search index. Pagefind matches the start of words, so
 * 'arbeidsmigrant' finds 'arbeidsmigranten', but 'uitbuiting' does not find
 * 'arbeidsuitbuiting'. A hyphenated word is indexed whole and by its parts, so the copy of
 * a page that Pagefind reads writes a compound as 'arbeids-uitbuiting' when its last part
 * is a word the site also uses on its own. Readers never see that copy: the page keeps
 * its text, and the search page joins the parts again in titles and excerpts.
 */

const word = /\p{L}+(?:-\p{L}+)*/gu;
/** A part shorter than this is too vague to search for on its own ('baan' is the shortest useful one). */
const minHead = 4;
/**
 * The first part has at least this many letters: short words such as 'men', 'ter' or 'bij'
 * would split 'mentaal', 'termijn' and 'bijstand' into a false 'taal', 'mijn' and 'stand'.
 */
const minModifier = 4;

/** The words of a text, lower-cased; hyphenated words are kept whole. */
export function vocabulary(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const [w] of text.matchAll(word)) words.add(w.toLowerCase());
  return words;
}

/** A first part is a word of its own, possibly with the linking -s- or -e-/-en- of Dutch compounds. */
const isModifier = (m: string, known: Set<string>) =>
  known.has(m) || (/(s|e)$/.test(m) && known.has(m.slice(0, -1))) || (m.endsWith('en') && known.has(m.slice(0, -2)));

/**
 * The compound split where both parts are words the vocabulary knows on its own (the last
 * part as long as possible), or undefined: 'Arbeidsuitbuiting' → 'Arbeids-uitbuiting'
 * when 'arbeid' and 'uitbuiting' are words; 'kwartaal' stays whole, as 'kwar' is not.
 * A split the text already writes with a hyphen is left alone, so joining again is exact.
 */
export function splitCompound(w: string, known: Set<string>): string | undefined {
  const lower = w.toLowerCase();
  for (let i = minModifier; i <= lower.length - minHead; i += 1) {
    const split = `${w.slice(0, i)}-${w.slice(i)}`;
    if (known.has(lower.slice(i)) && isModifier(lower.slice(0, i), known) && !known.has(split.toLowerCase())) return split;
  }
  return undefined;
}

/** Splits every compound in a text; returns the new text and the hyphenated forms it wrote. */
export function splitCompounds(text: string, known: Set<string>): { text: string; splits: Set<string> } {
  const splits = new Set<string>();
  const out = text.replace(word, (w) => {
    if (w.includes('-')) return w;
    const split = splitCompound(w, known);
    if (!split) return w;
    splits.add(split);
    return split;
  });
  return { text: out, splits };
}

/** Undoes the splits in a title or excerpt the search returns (the inverse of `splitCompounds`). */
export function joinCompounds(text: string, splits: readonly string[]): string {
  let out = text;
  for (const split of splits) out = out.replaceAll(split, split.replace('-', ''));
  return out;
}
