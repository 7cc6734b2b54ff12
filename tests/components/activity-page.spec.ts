import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, test } from 'vitest';
import ActivityPage from '../../src/pages/[...lang]/activiteiten/[id].astro';
import { activity as activitySchema } from '../../src/schemas.ts';
import { normalized, parseDocument, selectAll, textContent } from '../html.ts';

// An activity page says plainly when its source is more than a year old (the build date is the
// last commit's; a source of 2020 is old on any build of this site).
const render = async (statusAsOf: string) => {
  const data = activitySchema.parse({
    title: { nl: 'Taalcafé', en: 'Language café' },
    description: { nl: 'Samen Nederlands praten.', en: 'Speaking Dutch together.' },
    organiser: 'Bibliotheek',
    category: 'taal',
    audience: ['iedereen'],
    languages: ['nl'],
    status: 'running',
    when: { kind: 'appointment' },
    where: { place: 'Bibliotheek' },
    cost: { kind: 'free' },
    source: 'brief',
    statusAsOf,
  });
  const container = await AstroContainer.create({ astroConfig: { site: 'http://localhost' } });
  const html = await container.renderToString(ActivityPage, { props: { locale: 'en', activity: { id: 'taalcafe', collection: 'activities', data } } });
  return selectAll('[data-source-old]', parseDocument(html)).map((e) => normalized(textContent(e)));
};

test('a source from 2020 is said to be more than a year old', async () => {
  expect(await render('2020-03-01')).toEqual(['This source is more than a year old. Things may be different now.']);
});

test('a source known only as after a day says nothing of its age', async () => {
  expect(await render('after 2025-10-15')).toEqual([]);
});
