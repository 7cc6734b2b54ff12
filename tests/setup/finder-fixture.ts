/**
 * The finder at a size the real content will not reach for a while: 1,000 generated activities
 * in all six locales, rendered by the site's own component (src/components/ActivityFinder.astro,
 * through Astro's Container API) into the built finder page of dist/, so the page keeps its
 * production stylesheet and script. Also rendered: two activity pages (one not yet translated,
 * one weekly) and the weekly one's calendar file. Written to a folder of the system's temp
 * space that nginx serves beside dist/'s assets; never published. Needs a build in dist/.
 *
 * Usage: node tests/setup/finder-fixture.ts   (writes the folder `fixtureRoot`)
 */
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getViteConfig } from 'astro/config';
import { isTag, type AnyNode } from 'domhandler';
import { getOuterHTML, replaceElement } from 'domutils';
import { createServer } from 'vite';
import { stringify } from 'yaml';
import type { Activity } from '../../src/data/activities.ts';
import { activity as activitySchema } from '../../src/schemas.ts';
import { fixtureActivity, fixtureCount, fixtureRoot } from './finder-fixture-data.ts';
import { parseDocument, selectAll, selectOne } from '../html.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
/** The fixture as the content collection gives it: checked by the site's own schema. */
const entry = (n: number) => ({ id: `fixture-${n}`, collection: 'activities', data: activitySchema.parse(fixtureActivity(n)) }) as unknown as Activity;

/** Production markup: without the source locations Astro adds to components rendered in dev mode. */
function withoutSourceMarks(nodes: AnyNode[]): AnyNode[] {
  for (const node of nodes) {
    if (!isTag(node)) continue;
    for (const name of Object.keys(node.attribs)) if (name.startsWith('data-astro-source')) delete node.attribs[name];
    withoutSourceMarks(node.children);
  }
  return nodes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = join(repo, 'dist');
  // The content with the fixture's activities in it, as the pages read it (CONTENT_DIR): which
  // language a page is shown in follows from the texts it has (src/data/translations.ts).
  const content = `${fixtureRoot}-content`;
  rmSync(content, { recursive: true, force: true });
  cpSync(join(repo, 'content'), content, { recursive: true });
  for (let n = 1; n <= fixtureCount; n += 1) writeFileSync(join(content, 'activities', `fixture-${n}.yaml`), stringify(fixtureActivity(n)));
  process.env['CONTENT_DIR'] = content;
  const config = await getViteConfig({
    logLevel: 'error',
    optimizeDeps: { noDiscovery: true },
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
  })({ command: 'build', mode: 'production' });
  const vite = await createServer({ ...config, root: repo });
  const load = async (path: string) => (await vite.ssrLoadModule(path)).default;
  const container = await AstroContainer.create({ astroConfig: { site: 'http://localhost' } });
  const activities = Array.from({ length: fixtureCount }, (_, i) => entry(i + 1));

  rmSync(fixtureRoot, { recursive: true, force: true });
  const write = (path: string, text: string) => {
    mkdirSync(join(fixtureRoot, path, '..'), { recursive: true });
    writeFileSync(join(fixtureRoot, path), text);
  };
  // The built finder page, its finder swapped for the fixture's.
  const page = parseDocument(readFileSync(join(dist, 'activiteiten/index.html'), 'utf8'));
  const finder = parseDocument(await container.renderToString(await load('/src/components/ActivityFinder.astro'), { props: { locale: 'nl', activities } }));
  const built = selectOne('[data-finder]', page);
  const rendered = selectOne('[data-finder]', finder);
  if (!built || !rendered) throw new Error('no [data-finder] in dist/activiteiten/index.html or in the rendered component');
  withoutSourceMarks([rendered]);
  replaceElement(built, rendered);
  write('activiteiten/index.html', getOuterHTML(page));
  if (selectAll('li[data-finder-item]', page).length !== fixtureCount) throw new Error('the fixture page does not list every activity');

  // An activity page not yet translated (10: Dutch and English only), a weekly one, its calendar.
  const activityPage = await load('/src/pages/[...lang]/activiteiten/[id].astro');
  const weekly = activities.find((a) => a.data.when.kind === 'weekly')!;
  write('uk/activiteiten/fixture-10/index.html', await container.renderToString(activityPage, { props: { locale: 'uk', activity: activities[9] } }));
  write(`en/activiteiten/${weekly.id}/index.html`, await container.renderToString(activityPage, { props: { locale: 'en', activity: weekly } }));
  const calendar = await vite.ssrLoadModule('/src/pages/activiteiten/[id].ics.ts');
  const response: Response = await calendar.GET({ props: { activity: weekly }, site: new URL('http://localhost') });
  write(`activiteiten/${weekly.id}.ics`, await response.text());
  await vite.close();

  // The pages' stylesheets and scripts, and nginx's headers, come from the build.
  for (const folder of ['_astro', '_nginx']) symlinkSync(join(dist, folder), join(fixtureRoot, folder));
  console.log(`Finder fixture: ${fixtureRoot}`);
}
