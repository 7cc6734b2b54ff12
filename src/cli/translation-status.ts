/**
 * Prints which translations are missing or behind their Dutch original, from git history:
 * `npm run translation-status`. The same table is the page /vertalingen/ of the site.
 */
import { localeCodes, sourceLocale } from '../i18n/locales.ts';
import { translationStatus } from '../i18n/translation-status.ts';

const { history, pages } = translationStatus(process.env['CONTENT_DIR'] ?? './content');
const others = localeCodes.filter((c) => c !== sourceLocale);
const mark = { 'up-to-date': 'ok', outdated: 'OUTDATED', missing: '-', unknown: '?' } as const;
const width = Math.max(...pages.map((p) => p.route.length), 4) + 2;

console.log(`${'page'.padEnd(width)}${others.map((c) => c.padEnd(10)).join('')}`);
for (const p of pages) console.log(`/${p.route}`.padEnd(width) + others.map((c) => mark[p.states[c]].padEnd(10)).join(''));
console.log('');
for (const c of others) {
  const count = (state: string) => pages.filter((p) => p.states[c] === state).length;
  console.log(`${c}: ${count('up-to-date')} up to date, ${count('outdated')} outdated, ${count('missing')} missing${history ? '' : ', history unknown'}`);
}
if (!history) console.log('No git history here (not a checkout, or a shallow clone): whether a translation is behind is unknown.');
