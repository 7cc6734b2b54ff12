/**
 * What the reader types, made ready for Pagefind.
 *
 * Quotes: Pagefind searches an exact phrase only between straight double quotes, but
 * phones and keyboards type „…“, «…» or “…”; those become straight quotes.
 *
 * Endings: Pagefind stems Dutch, English, Polish and Romanian, but has no stemmer for
 * Ukrainian or Bulgarian. It does match the start of words, so for those two languages a
 * word loses a common case or plural ending and matches its other forms:
 * 'мігрантів' → 'мігрант' finds 'мігранти', 'мігрантам'.
 */
const endings: Record<string, readonly string[]> = {
  // Longest first, so 'ами' goes before 'и'.
  uk: [
    'ами',
    'ями',
    'ові',
    'еві',
    'ого',
    'ому',
    'ими',
    'ій',
    'ий',
    'ої',
    'ів',
    'їв',
    'ах',
    'ях',
    'ам',
    'ям',
    'ом',
    'ем',
    'ою',
    'ею',
    'и',
    'і',
    'а',
    'я',
    'у',
    'ю',
    'о',
    'е',
    'ь',
  ],
  bg: ['ите', 'ата', 'ото', 'ят', 'ът', 'та', 'то', 'те', 'ия', 'и', 'а', 'я', 'е', 'о'],
};
/** A word keeps at least this many letters, so short words are left as they are. */
const minStem = 4;

export function prepareQuery(raw: string, lang: string): string {
  const text = raw.replace(/[„“”«»]/g, '"').trim();
  const list = endings[lang];
  if (!list || text.startsWith('"')) return text;
  return text
    .split(/\s+/)
    .map((word) => {
      const lower = word.toLocaleLowerCase(lang);
      const ending = list.find((e) => lower.endsWith(e) && lower.length - e.length >= minStem);
      return ending ? word.slice(0, -ending.length) : word;
    })
    .join(' ');
}
