import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, expect, test } from 'vitest';
import TranslationNotice from '../../src/components/TranslationNotice.astro';
import { attr, parseDocument, selectAll, selectOne, textContent } from '../html.ts';

// What the reader of a translated page is told, rendered by Astro's Container API. Which pages
// are outdated follows from git history (tests/unit/translation-status.spec.ts); every built
// page shows the notice its state calls for (tests/site/translations.spec.ts).
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const render = async (props: Record<string, unknown>) =>
  parseDocument(await container.renderToString(TranslationNotice, { props: { route: 'privacy/', hasEnglish: true, ...props } }));

test('an outdated translation says so first, then that the Dutch text prevails, with a link to it', async () => {
  const doc = await render({ locale: 'uk', contentLang: 'uk', state: 'outdated' });
  const outdated = selectOne('[data-notice="translated"] [data-notice-outdated]', doc);
  expect(textContent(outdated ?? [])).toBe(
    'Увага: нідерландський текст цієї сторінки змінили після того, як було зроблено цей переклад. Переклад може відставати.',
  );
  expect(selectAll('a', doc).map((a) => [attr(a, 'href'), attr(a, 'hreflang')])).toEqual([['/privacy/', 'nl']]);
});

test('an up-to-date translation only says that the Dutch text prevails', async () => {
  const doc = await render({ locale: 'en', contentLang: 'en', state: 'up-to-date' });
  expect(selectOne('[data-notice="translated"]', doc)).not.toBeNull();
  expect(selectOne('[data-notice-outdated]', doc)).toBeNull();
});

test('a page not yet translated shows the Dutch text with a notice and a link to English', async () => {
  const doc = await render({ locale: 'uk', contentLang: 'nl', state: 'missing' });
  expect(selectOne('[data-notice="fallback"]', doc)).not.toBeNull();
  expect(selectAll('a', doc).map((a) => [attr(a, 'href'), attr(a, 'hreflang')])).toEqual([['/en/privacy/', 'en']]);
});

test('Dutch pages carry no notice', async () => {
  const doc = await render({ locale: 'nl', contentLang: 'nl', state: undefined });
  expect(selectAll('[data-notice]', doc)).toEqual([]);
});
