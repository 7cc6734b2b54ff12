/**
 * Prints which translations are missing or behind their Dutch original, from git history:
 * `npm run translation-status`. A table per page and locale, then each outdated text and
 * each text still in Dutch on a partly translated page, so a translator knows what to do.
 * The same table is the page /vertalingen/ of the site.
 */
import { translatedLocaleCodes } from '../i18n/locales.ts';
import { translationStatus, type Translations } from '../i18n/translation-status.ts';

const { history, pages, ui } = translationStatus(process.env['CONTENT_DIR'] ?? './content');
const rows: (Translations & { name: string })[] = [...pages.map((p) => ({ ...p, name: `/${p.route}` })), ...(ui ? [{ ...ui, name: 'interface strings' }] : [])];
const others = translatedLocaleCodes;
const mark = { 'up-to-date': 'ok', outdated: 'OUTDATED', partial: 'partial', missing: '-', unknown: '?' } as const;
const width = Math.max(...rows.map((r) => r.name.length)) + 2;

console.log(`${'page'.padEnd(width)}${others.map((c) => c.padEnd(10)).join('')}`);
for (const r of rows) console.log(r.name.padEnd(width) + others.map((c) => mark[r.states[c]].padEnd(10)).join(''));
console.log('');
for (const c of others) {
  const count = (state: string) => rows.filter((r) => r.states[c] === state).length;
  console.log(
    `${c}: ${count('up-to-date')} up to date, ${count('outdated')} outdated, ${count('partial')} partly translated, ${count('missing')} missing${history ? '' : ', history unknown'}`,
  );
}
for (const c of others) {
  for (const r of rows) {
    const partial = r.states[c] === 'partial' || r.states[c] === 'outdated' ? r.missing[c] : [];
    if (r.outdated[c].length + partial.length === 0) continue;
    console.log(`\n${c} ${r.name}`);
    for (const name of r.outdated[c]) console.log(`  outdated: ${name}`);
    for (const name of partial) console.log(`  in Dutch: ${name}`);
  }
}
if (!history) console.log('\nNo git history here (not a checkout, or a shallow clone): whether a translation is behind is unknown.');
