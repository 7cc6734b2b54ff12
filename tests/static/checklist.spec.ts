/**
 * 'Wat geldt voor mij?': every combination of answers has its page, and each page shows exactly
 * the steps that apply. The rules below are written out again by hand, in the reader's terms,
 * not read from content/checklist/steps.yaml: a wrong condition there, or a combination that
 * lands on the wrong page, makes them disagree.
 */
import { expect, test } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { localePath } from '../../src/i18n/routes.ts';
import { attr, checking, pages, selectAll } from './built-pages.ts';

interface Reader {
  fromEU: boolean;
  works: boolean;
  agency: boolean;
  employerHousing: boolean;
  staysLonger: boolean;
  children: boolean;
}

const rules: Record<string, (r: Reader) => boolean> = {
  paspoort: (r) => r.fromEU,
  'inschrijven-brp': (r) => r.fromEU && r.staysLonger,
  'inschrijven-rni': (r) => r.fromEU && !r.staysLonger,
  'inschrijven-oekraine': (r) => !r.fromEU,
  digid: (r) => r.fromEU,
  'werk-melden-uwv': (r) => !r.fromEU && r.works,
  'afspraken-schriftelijk': (r) => r.works,
  minimumloon: (r) => r.works,
  loonstrook: (r) => r.works,
  'uitzend-cao': (r) => r.works && r.agency,
  huurcontract: (r) => r.works && r.employerHousing,
  'huur-inhouden': (r) => r.works && r.employerHousing,
  'woning-na-werk': (r) => r.works && r.agency && r.employerHousing,
  zorgverzekering: (r) => r.fromEU && (r.works || r.staysLonger),
  zorgtoeslag: (r) => r.fromEU && (r.works || r.staysLonger),
  rmo: (r) => !r.fromEU,
  huisarts: (r) => r.fromEU && r.staysLonger,
  'huisarts-oekraine': (r) => !r.fromEU,
  leefgeld: (r) => !r.fromEU && !r.works,
  'leefgeld-bij-werk': (r) => !r.fromEU && r.works,
  'eigen-bijdrage': (r) => !r.fromEU && r.works,
  kinderbijslag: (r) => r.fromEU && r.works && r.children,
  'toeslagen-kinderen-oekraine': (r) => !r.fromEU && r.works && r.children,
  school: (r) => r.fromEU && r.children,
  'school-oekraine': (r) => !r.fromEU && r.children,
  'na-4-maart-2027': (r) => !r.fromEU,
  arbeidsinspectie: (r) => r.works,
  uitbuiting: (r) => r.works,
};

// Every situation a reader can be in: an agency and employer housing only with work, staying
// longer asked only of readers from the EU. 20 from the EU, 10 from Ukraine.
const situations: Reader[] = [];
for (const fromEU of [true, false])
  for (const works of [true, false])
    for (const agency of works ? [true, false] : [false])
      for (const employerHousing of works ? [true, false] : [false])
        for (const staysLonger of fromEU ? [true, false] : [false])
          for (const children of [true, false]) situations.push({ fromEU, works, agency, employerHousing, staysLonger, children });

const slug = (r: Reader) =>
  [
    r.fromEU ? 'eu' : 'oekraine',
    r.works && 'werk',
    r.agency && 'uitzendbureau',
    r.employerHousing && 'huisvesting',
    r.staysLonger && 'langer',
    r.children && 'kinderen',
  ]
    .filter(Boolean)
    .join('-');

test('there is a page for every situation, 30 in each locale, and no other', () => {
  expect(situations).toHaveLength(30);
  for (const l of locales) {
    const built = pages.filter((p) => p.locale === l.code && /^wat-geldt-voor-mij\/[^/]+\/$/.test(p.route)).map((p) => p.path);
    expect(built.sort(), l.code).toEqual(situations.map((r) => localePath(l.code, `wat-geldt-voor-mij/${slug(r)}/`)).sort());
  }
});

test('each page shows exactly the steps that apply to its situation, each with its source and its paragraph of guidance', () => {
  for (const l of locales) {
    for (const r of checking('checklist pages', situations, 'situations')) {
      const page = pages.find((p) => p.path === localePath(l.code, `wat-geldt-voor-mij/${slug(r)}/`));
      const steps = selectAll('[data-checklist-steps] > li', page?.document ?? []);
      const expected = Object.keys(rules).filter((id) => rules[id]?.(r));
      expect(steps.map((s) => attr(s, 'data-step')).sort(), `${l.code} ${slug(r)}`).toEqual(expected.sort());
      for (const s of steps) {
        expect(selectAll('[data-source]', s), attr(s, 'data-step')).toHaveLength(1);
        const link = selectAll('a[href*="#"]', s).map((a) => attr(a, 'href') ?? '');
        expect(
          link.some((href) => href.startsWith(localePath(l.code, '')) && /\/(werken|oekraine)\/[^/]+\/#./.test(href)),
          attr(s, 'data-step'),
        ).toBe(true);
      }
    }
  }
});
