import { expect, test } from 'vitest';
import { page } from './built-pages.ts';
import { textInPageLanguage } from './page-text.ts';

// A reader who checks a payslip or a benefit sees the sum with the period it applies to, and
// is told when no source has a newer one. The expected sentences are written out here, from
// the sources (content/amounts/), not computed by the site's code.
const cases = [
  {
    path: '/werken/werk-en-loon/',
    text: 'Dan is het minimumloon € 14,71 bruto per uur (van 1 januari 2026 tot en met 30 juni 2026; een nieuwer bedrag staat niet in onze bronnen).',
  },
  { path: '/werken/werk-en-loon/', text: 'Daarvoor was het € 14,40 bruto per uur (tot en met 31 december 2025).' },
  {
    path: '/werken/eerste-weken/',
    text: 'Het minimumloon voor 21 jaar en ouder is € 14,71 bruto per uur (van 1 januari 2026 tot en met 30 juni 2026; een nieuwer bedrag staat niet in onze bronnen).',
  },
  {
    path: '/en/werken/werk-en-loon/',
    text: 'Then the minimum wage is €14.71 gross per hour (from 1 January 2026 to 30 June 2026; a newer amount is not in our sources).',
  },
  { path: '/oekraine/leefgeld/', text: 'Dit zijn de bedragen vanaf 1 januari 2025; een nieuwer bedrag staat niet in onze bronnen.' },
  { path: '/oekraine/leefgeld/', text: 'In een huishouden van 1 of 2 personen: € 252,18 per maand per volwassene' },
];

for (const c of cases) {
  test(`${c.path} shows "${c.text.slice(0, 50)}…" with its period`, () => {
    expect(
      textInPageLanguage(page(c.path).document)
        .replace(/\s+([.,;)])/g, '$1')
        .replace(/\(\s+/g, '('),
    ).toContain(c.text);
  });
}
