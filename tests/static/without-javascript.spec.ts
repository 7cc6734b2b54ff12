import { isTag, type Element } from 'domhandler';
import { expect, test } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { localePath } from '../../src/i18n/routes.ts';
import { attr, checking, is, normalized, pages, parseDocument, selectAll, selectOne, textContent, type BuiltPage } from './built-pages.ts';

// Every page is complete as plain HTML: a reader on a slow phone, or with scripts blocked, gets
// its heading, its text and the way to the other languages. Scripts only add (the search page's
// form and the finder's filters are marked data-needs-script and hidden without scripting).
const hiddenWithoutScript = '[hidden], [data-needs-script]';
const within = (element: Element, selector: string) => {
  for (let node = element.parent; node && isTag(node); node = node.parent) if (is(node, selector)) return true;
  return false;
};

function missingEssentials(page: BuiltPage): string[] {
  const problems: string[] = [];
  const main = selectOne('main', page.document);
  if (!main) return ['no <main>'];
  const h1 = selectOne('h1', main);
  if (!h1 || normalized(textContent(h1)) === '') problems.push('no heading in <main>');
  else if (within(h1, hiddenWithoutScript)) problems.push('its heading needs a script');
  // A sentence a reader can read, not a notice or a label: at least five words.
  const shown = selectAll('p', main).filter((p) => !within(p, `[data-notice], ${hiddenWithoutScript}`));
  if (!shown.some((p) => (normalized(textContent(p)).match(/\p{L}+/gu) ?? []).length >= 5)) problems.push('no paragraph of five words or more in <main>');
  const switcher = selectAll('nav a[hreflang]', page.document).map((a) => `${attr(a, 'hreflang')} ${attr(a, 'href')}`);
  const expected = locales.map((l) => `${l.tag} ${localePath(l.code, page.route)}`);
  // Error pages link to each locale's home page, as their own address means nothing elsewhere.
  const expectedHome = locales.map((l) => `${l.tag} ${localePath(l.code, '')}`);
  const want = page.path.endsWith('404.html') ? expectedHome : expected;
  if (switcher.join('\n') !== want.join('\n')) problems.push(`language links ${JSON.stringify(switcher)}, not ${JSON.stringify(want)}`);
  return problems.map((p) => `${page.path}: ${p}`);
}

test('every page shows its heading, a paragraph of text and a link to itself in every language without JavaScript', () => {
  expect(checking('content without JavaScript', pages).flatMap(missingEssentials)).toEqual([]);
});

test('the check reports a heading that needs a script, a page of labels only and a missing language link', () => {
  const made = (body: string) =>
    ({
      path: '/x/',
      route: 'x/',
      document: parseDocument(`<html lang="nl"><body><nav><a hreflang="nl" href="/x/">Nederlands</a></nav><main>${body}</main></body></html>`),
    }) as BuiltPage;
  const problems = missingEssentials(
    made('<div data-needs-script><h1>Zoeken</h1></div><p>Ja.</p><div data-notice><p>Dit is een melding van vijf woorden.</p></div>'),
  );
  expect(problems).toEqual([
    '/x/: its heading needs a script',
    '/x/: no paragraph of five words or more in <main>',
    expect.stringMatching(/^\/x\/: language links \["nl \/x\/"\], not /),
  ]);
});
