/**
 * Fills in a message rendered by `pluralTemplates` (src/format/plural.ts): the element carries
 * one template per plural form of the page's language, as `data-plural<form>`. The finder
 * (finder.ts) has a copy, so that its script stays one file.
 */
export function pluralMessage(element: HTMLElement, count: number): string {
  const form = new Intl.PluralRules(document.documentElement.lang).select(count);
  const template = element.dataset[`plural${form}`] ?? element.dataset['pluralother'] ?? '{count}';
  return template.replace('{count}', String(count));
}
