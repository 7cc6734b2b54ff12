import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, test } from 'vitest';
import StepsPicture from '../../src/components/StepsPicture.astro';
import { normalized, parseDocument, selectAll, textContent } from '../html.ts';

// The picture breaks its texts into lines itself; a reader of the picture and a reader of its
// list (a screen reader) must get every word, in order.
const items = [
  { label: 'Inschrijven', text: 'In de BRP als je langer dan 4 maanden blijft, anders in de RNI.' },
  { label: 'Een label dat zo lang is dat het over twee regels gaat', text: 'Kort.' },
];

test('the picture draws every word of every item, in order, and lists the same items for screen readers', async () => {
  const container = await AstroContainer.create();
  const document = parseDocument(await container.renderToString(StepsPicture, { props: { caption: 'Stappen', items, numbered: true } }));
  const drawn = normalized(
    selectAll('svg text', document)
      .map((t) => textContent(t))
      .join(' '),
  );
  expect(drawn).toBe(`1 ${items[0]?.label} ${items[0]?.text} 2 ${items[1]?.label} ${items[1]?.text}`);
  expect(selectAll('svg[aria-hidden="true"]', document)).toHaveLength(1);
  expect(selectAll('ol li', document).map((li) => normalized(textContent(li)))).toEqual(items.map((i) => `${i.label}: ${i.text}`));
  // The long label needed a second line, so the wrapping was tested, not skipped.
  expect(selectAll('svg text[font-weight="bold"][font-size="15"]', document).length).toBeGreaterThan(items.length);
});
