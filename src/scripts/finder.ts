/**
 * Checkbox filters over a list the server renders in full (the activity finder, the
 * commitments tracker), as a progressive enhancement. Each checkbox group filters on the
 * item's `data-<name>` attribute ('|' between values): within a group any choice matches,
 * across groups all must. The choice lives in the URL (?category=taal&day=mo), so a
 * filtered list can be shared, and the number of results is announced once the reader
 * stops changing filters. A checkbox named `free` keeps only items with data-free="true".
 */

/**
 * The count in the reader's language, from the templates of src/format/plural.ts: the same as
 * src/scripts/plural.ts, which the search page imports. A copy, not an import: a module two
 * page scripts import becomes a file of its own, and the finder's script would no longer be
 * one file small enough to be written into the page (astro.config.mjs).
 */
function pluralMessage(element: HTMLElement, count: number): string {
  const form = new Intl.PluralRules(document.documentElement.lang).select(count);
  const template = element.dataset[`plural${form}`] ?? element.dataset['pluralother'] ?? '{count}';
  return template.replace('{count}', String(count));
}

export function startFinder(): void {
  const form = document.querySelector<HTMLFormElement>('[data-finder-form]');
  const list = document.querySelector<HTMLElement>('[data-finder-list]');
  const status = document.querySelector<HTMLElement>('[data-finder-status]');
  const empty = document.querySelector<HTMLElement>('[data-finder-empty]');
  if (!form || !list || !status || !empty) return;

  const items = [...list.querySelectorAll<HTMLElement>('li[data-finder-item]')];
  const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const facets = [...new Set(checkboxes.map((c) => c.name).filter((n) => n !== 'free'))];
  const groups = [...list.querySelectorAll<HTMLElement>('[data-finder-group]')];

  const params = new URLSearchParams(location.search);
  for (const input of checkboxes) {
    input.checked = params.getAll(input.name).includes(input.value);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const apply = (delay: number) => {
    const data = new FormData(form);
    const chosen = facets.map((f) => [f, data.getAll(f).map(String)] as const);
    const freeOnly = data.get('free') === 'true';
    let count = 0;
    for (const item of items) {
      const matches =
        chosen.every(([f, values]) => values.length === 0 || (item.dataset[f] ?? '').split('|').some((v) => values.includes(v))) &&
        (!freeOnly || item.dataset['free'] === 'true');
      item.hidden = !matches;
      if (matches) count += 1;
    }
    for (const group of groups) group.hidden = !group.querySelector('li[data-finder-item]:not([hidden])');
    empty.hidden = count > 0;

    const query = new URLSearchParams();
    for (const [key, value] of data) query.append(key, String(value));
    history.replaceState(null, '', query.size > 0 ? `?${query}` : location.pathname);

    clearTimeout(timer);
    timer = setTimeout(() => (status.textContent = pluralMessage(status, count)), delay);
  };

  form.addEventListener('change', () => apply(500));
  // A reset clears the boxes only after this event, so filter on the next tick.
  form.addEventListener('reset', () => setTimeout(() => apply(500)));
  apply(0);
}
