/**
 * The search page: Pagefind's JavaScript API behind the form the server renders.
 * - Results follow the typing; the number of results is announced once the reader pauses.
 * - Query and filters live in the URL (?q=…&section=letter), so a search can be shared, and
 *   each settled search is a history entry the back button returns to.
 * - Outside Dutch, a checkbox adds the Dutch index; every result then shows its language.
 * Every text comes from the page (`data-search-strings`), in the page's language.
 */
import { sourceLocale } from '../i18n/locales';
import { splitPath } from '../i18n/routes';
import { joinCompounds } from '../search/compounds';
import { type BlockWords, blockWords } from '../letter/letter-ids';
import type { Locale } from '../i18n/locales';
import { prepareQuery } from '../search/query';
import { leftToRightRuns } from '../i18n/bidi-runs';
import { pluralMessage } from './plural';

interface Strings {
  failed: string;
  noResults: string;
  noResultsFiltered: string;
  onPage: string;
  date: string;
  resultLanguage: string;
  sections: Record<string, string>;
  blocks: Record<BlockWords['key'], string>;
  languages: Record<string, string>;
  /** The page's language tag, the tag its dates are written with, and its search endings. */
  locale: Pick<Locale, 'tag' | 'searchEndings'> & { format: string };
}

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: SubResult[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  destroy(): Promise<void>;
  mergeIndex(url: string, o: Record<string, unknown>): Promise<void>;
  preload(term: string): Promise<void>;
  filters(): Promise<unknown>;
  search(
    term: string,
    o: { filters: Record<string, { any: string[] }> },
  ): Promise<{ results: { data(): Promise<ResultData> }[]; filters: Record<string, Record<string, number>> } | null>;
}

const facets = ['section', 'conclusion', 'audience'] as const;
const bundle = '/pagefind/';
const pageSize = 10;
/**
 * Results are fetched in stages: the first alone, then the rest of a phone's first screen, then the
 * rest of the page of results. Fetched at once, they would share a slow connection, and Pagefind
 * works out each one's excerpts on the main thread, so the first would wait for the others.
 */
const stages = [1, 3];
/**
 * Results follow each keystroke after this short pause (a fast typist's next key cancels
 * the search, saving the download of its results); the count is announced after the long one.
 */
const typingPause = 50;
const announcePause = 800;

/** An element the search page must have; a missing one is a bug in `zoeken.astro`. */
function find<T extends Element>(selector: string): T {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`The search page has no ${selector}`);
  return element;
}

export function startSearch(): void {
  const form = find<HTMLFormElement>('[data-search-form]');
  const input = find<HTMLInputElement>('[data-search-form] input[name="q"]');
  const status = find<HTMLElement>('[data-search-status]');
  const list = find<HTMLOListElement>('[data-search-results]');
  const clear = find<HTMLButtonElement>('[data-search-clear]');
  const more = find<HTMLButtonElement>('[data-search-more]');
  const filters = find<HTMLDetailsElement>('[data-search-filters]');
  const az = find<HTMLElement>('[data-search-az]');
  const stringsElement = find<HTMLScriptElement>('[data-search-strings]');
  const strings = JSON.parse(stringsElement.textContent ?? '{}') as Strings;
  const lang = strings.locale.tag;
  const pageLocale = splitPath(location.pathname).locale;
  const dutchBox = form.querySelector<HTMLInputElement>('input[name="nl"]');
  const boxes = [...form.querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"]')];
  const dateFormat = new Intl.DateTimeFormat(strings.locale.format, { dateStyle: 'long' });
  const monthFormat = new Intl.DateTimeFormat(strings.locale.format, { month: 'long', year: 'numeric' });

  // One Pagefind set-up at a time, shared by every caller while it loads; adding or dropping the
  // Dutch index starts it anew.
  let engine: { pagefind: Promise<Pagefind>; withDutch: boolean } | undefined;
  function pagefindFor(withDutch: boolean): Promise<Pagefind> {
    if (engine?.withDutch === withDutch) return engine.pagefind;
    const previous = engine?.pagefind;
    const pagefind = (async () => {
      const loaded = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      if (previous) {
        await previous.catch(() => undefined);
        await loaded.destroy();
      }
      // The main thread is enough for an index this size, and spares the worker's download.
      // Long pages (a conclusion, the letter) are penalised less than Pagefind's default 0.75,
      // so the college's own words are not outranked by every short page that mentions a name.
      await loaded.options({ highlightParam: 'highlight', excerptLength: 24, noWorker: true, ranking: { pageLength: 0.5 } });
      await loaded.init();
      // The same bundle under its full URL, so Pagefind does not take it for the primary index.
      if (withDutch) await loaded.mergeIndex(new URL(bundle, location.href).href, { language: sourceLocale });
      return loaded;
    })();
    engine = { pagefind, withDutch };
    // A set-up that failed is tried again by the next search.
    pagefind.catch(() => {
      if (engine?.pagefind === pagefind) engine = undefined;
    });
    return pagefind;
  }

  interface State {
    q: string;
    withDutch: boolean;
    chosen: Record<(typeof facets)[number], string[]>;
  }
  const readForm = (): State => {
    const data = new FormData(form);
    return {
      q: String(data.get('q') ?? '').trim(),
      withDutch: data.get('nl') === '1',
      chosen: Object.fromEntries(facets.map((f) => [f, data.getAll(f).map(String)])) as State['chosen'],
    };
  };
  const writeForm = (params: URLSearchParams) => {
    input.value = params.get('q') ?? '';
    if (dutchBox) dutchBox.checked = params.get('nl') === '1';
    for (const box of boxes) box.checked = params.getAll(box.name).includes(box.value);
    if (boxes.some((b) => b.checked)) filters.open = true;
  };
  const urlOf = (state: State) => {
    const params = new URLSearchParams();
    if (state.q) params.set('q', state.q);
    if (state.withDutch) params.set('nl', '1');
    for (const f of facets) for (const v of state.chosen[f]) params.append(f, v);
    return params.size > 0 ? `?${params}` : location.pathname;
  };
  // Every group is named, an empty one too: Pagefind counts the options only of the groups it is given.
  const filtersOf = (state: State, without?: string) => Object.fromEntries(facets.map((f) => [f, { any: f === without ? [] : state.chosen[f] }]));

  // A result is shown with its language when the Dutch index is added, and lang-marked when it differs.
  const languageOf = (url: string) => splitPath(new URL(url, location.href).pathname).locale;
  const show = (text: string, splits: string[]) => joinCompounds(text, splits);

  /** Text as shown on the page: on a right-to-left page, Dutch names and spaced numbers isolated as the build does (src/i18n/bidi.ts). */
  const rtl = document.documentElement.dir === 'rtl';
  function isolated(text: string): (string | HTMLElement)[] {
    if (!rtl) return [text];
    const out: (string | HTMLElement)[] = [];
    let from = 0;
    for (const r of leftToRightRuns(text)) {
      const bdi = document.createElement('bdi');
      bdi.textContent = text.slice(r.index, r.index + r.length);
      out.push(text.slice(from, r.index), bdi);
      from = r.index + r.length;
    }
    out.push(text.slice(from));
    return out;
  }

  /** Pagefind's excerpt, taking over only its text and `<mark>`s. */
  function excerpt(html: string, splits: string[]): DocumentFragment {
    const parsed = new DOMParser().parseFromString(show(html, splits), 'text/html').body;
    const out = document.createDocumentFragment();
    for (const node of parsed.childNodes) {
      if (node.nodeName === 'MARK') {
        const mark = document.createElement('mark');
        mark.append(...isolated(node.textContent ?? ''));
        out.append(mark);
      } else out.append(...isolated(node.textContent ?? ''));
    }
    return out;
  }

  function subTitle(title: string, splits: string[]): string {
    const words = blockWords(title);
    if (!words) return show(title, splits);
    return strings.blocks[words.key].replace('{number}', String(words.number ?? '')).replace('{n}', String(words.n ?? ''));
  }

  function formatDate(value: string): string {
    const [y, m, d] = value.split('-').map(Number);
    if (!y || !m) return value;
    return d ? dateFormat.format(new Date(Date.UTC(y, m - 1, d))) : monthFormat.format(new Date(Date.UTC(y, m - 1, 1)));
  }

  function renderResult(data: ResultData, markLanguage: boolean): HTMLLIElement {
    const splits = (data.meta['splits'] ?? '').split(' ').filter(Boolean);
    const resultLocale = languageOf(data.url);
    const item = document.createElement('li');
    item.className = 'border-s-4 border-brand ps-3';
    if (resultLocale !== pageLocale) item.lang = resultLocale;

    const link = document.createElement('a');
    link.href = data.url;
    link.className = 'text-lg font-bold';
    link.textContent = show(data.meta['title'] ?? data.url, splits);
    item.append(link);

    const facts = document.createElement('p');
    facts.className = 'text-sm text-muted';
    facts.lang = lang;
    // The section in the reader's language, also for a result from the Dutch index.
    const parts: (string | Node)[] = [strings.sections[data.filters['section']?.[0] ?? ''] ?? data.meta['section'] ?? ''];
    if (data.meta['date']) {
      const time = document.createElement('time');
      time.dateTime = data.meta['date'];
      time.textContent = formatDate(data.meta['date']);
      parts.push(`${strings.date}: `, time);
    }
    if (markLanguage) {
      const language = document.createElement('span');
      language.lang = resultLocale;
      language.textContent = strings.languages[resultLocale] ?? resultLocale;
      parts.push(`${strings.resultLanguage}: `, language);
    }
    for (const [i, part] of parts.entries()) facts.append(...(i > 0 && typeof part === 'string' ? [' · ', part] : [part]));
    item.append(facts);

    const text = document.createElement('p');
    text.append(excerpt(data.excerpt, splits));
    item.append(text);

    // At most three places on the page: those with the most matches, in page order.
    const places = data.sub_results.filter((s) => s.url.includes('#'));
    const top = new Set([...places].sort((a, b) => b.locations.length - a.locations.length).slice(0, 3));
    if (top.size > 0) {
      const sub = document.createElement('ul');
      sub.className = 'mt-2 space-y-2 border-s border-border ps-3';
      sub.setAttribute('aria-label', strings.onPage);
      for (const place of places.filter((p) => top.has(p))) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = place.url;
        a.textContent = subTitle(place.title, splits);
        if (blockWords(place.title)) a.lang = lang;
        const p = document.createElement('p');
        p.className = 'text-sm';
        p.append(excerpt(place.excerpt, splits));
        li.append(a, p);
        sub.append(li);
      }
      item.append(sub);
    }
    return item;
  }

  let run = 0;
  let shown: { data(): Promise<ResultData> }[] = [];
  let rendered = 0;
  let markLanguage = false;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;

  /** Shows the next results, each as soon as it and those above it have loaded, in `stages`; returns the first. */
  async function renderMore(): Promise<HTMLLIElement | undefined> {
    const id = run;
    const batch = shown.slice(rendered, rendered + pageSize);
    let first: HTMLLIElement | undefined;
    const ends = [...stages, batch.length];
    for (const [i, end] of ends.entries()) {
      const group = batch.slice(ends[i - 1] ?? 0, end);
      const pending = group.map((r) => r.data());
      for (const next of pending) {
        const data = await next;
        if (id !== run) return undefined;
        const item = renderResult(data, markLanguage);
        list.append(item);
        first ??= item;
      }
    }
    rendered += batch.length;
    more.hidden = rendered >= shown.length;
    return first;
  }

  async function search(state: State, announceAfter: number): Promise<void> {
    const id = ++run;
    clearTimeout(announceTimer);
    az.hidden = state.q !== '';
    if (!state.q) {
      list.replaceChildren();
      clear.hidden = true;
      more.hidden = true;
      status.textContent = '';
      return;
    }
    try {
      const pagefind = await pagefindFor(state.withDutch);
      const term = prepareQuery(state.q, strings.locale);
      const response = await pagefind.search(term, { filters: filtersOf(state) });
      if (id !== run || !response) return;
      // Counts per option ignore the reader's choice in that same group, since options of one group add up.
      const counts = { ...response.filters };
      for (const f of facets) {
        if (state.chosen[f].length === 0) continue;
        const other = await pagefind.search(term, { filters: filtersOf(state, f) });
        if (id !== run) return;
        counts[f] = other?.filters[f] ?? {};
      }
      for (const el of form.querySelectorAll<HTMLElement>('[data-count]')) {
        const [f, v] = (el.dataset['count'] ?? '').split(':') as [string, string];
        el.textContent = `(${counts[f]?.[v] ?? 0})`;
      }
      shown = response.results;
      rendered = 0;
      markLanguage = state.withDutch;
      list.replaceChildren();
      await renderMore();
      if (id !== run) return;
      const filtered = facets.some((f) => state.chosen[f].length > 0);
      // Nothing found with filters: the way out is offered right below the message.
      clear.hidden = shown.length > 0 || !filtered;
      const message = shown.length > 0 ? pluralMessage(status, shown.length) : filtered ? strings.noResultsFiltered : strings.noResults;
      announceTimer = setTimeout(() => (status.textContent = message), announceAfter);
    } catch {
      if (id !== run) return;
      list.replaceChildren();
      more.hidden = true;
      clear.hidden = true;
      az.hidden = false;
      status.textContent = strings.failed;
    }
  }

  // A settled search becomes a history entry; typing in between only updates the current one.
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let historyTimer: ReturnType<typeof setTimeout> | undefined;
  const record = (state: State, push: boolean) => {
    const url = urlOf(state);
    if (url === `${location.pathname}${location.search}` || url === location.search) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };
  const update = (pause: number) => {
    clearTimeout(typingTimer);
    clearTimeout(historyTimer);
    // The count of a search the reader has typed past is no longer news.
    clearTimeout(announceTimer);
    typingTimer = setTimeout(() => {
      const state = readForm();
      void search(state, announcePause - pause);
      historyTimer = setTimeout(() => record(state, true), announcePause - pause);
    }, pause);
  };

  // Fetch the index chunks for the words so far at once, so the search after the pause finds them
  // loaded: words of three letters or more, which load the chunk the whole word needs (words that
  // share their first three letters share a chunk, src/search/index-chunks.ts); a first letter or
  // two can load one it does not.
  input.addEventListener('input', () => {
    const words = prepareQuery(input.value, strings.locale)
      .split(/\s+/)
      .filter((w) => [...w].length >= 3);
    if (words.length > 0) void engine?.pagefind.then((p) => p.preload(words.join(' '))).catch(() => undefined);
    update(typingPause);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) update(0);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    clearTimeout(historyTimer);
    const state = readForm();
    record(state, true);
    void search(state, 0);
  });
  clear.addEventListener('click', () => {
    for (const box of boxes) box.checked = false;
    // The button goes away with the filters, so focus returns to the field.
    input.focus();
    update(0);
  });
  more.addEventListener('click', async () => {
    const first = await renderMore();
    // Focus the first new result, or the list's end would swallow the reader's place.
    first?.querySelector('a')?.focus();
  });
  window.addEventListener('popstate', () => {
    clearTimeout(typingTimer);
    clearTimeout(historyTimer);
    writeForm(new URLSearchParams(location.search));
    void search(readForm(), 0);
  });

  writeForm(new URLSearchParams(location.search));
  if (input.value) void search(readForm(), 0);
  else {
    // Load Pagefind and its filters once the reader turns to the field, before the first key: not
    // while the page itself loads, where its WebAssembly would hold up a cheap phone. (Loading
    // it when the page is idle was measured: Lighthouse's largest paint grew to 1.1–1.4 s.)
    const warm = () =>
      void pagefindFor(readForm().withDutch)
        .then((p) => p.filters())
        .catch(() => undefined);
    for (const event of ['focus', 'pointerdown']) input.addEventListener(event, warm, { once: true });
  }
}
