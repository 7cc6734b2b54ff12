/**
 * Searching as a reader does: open the locale's search page with `?q=` and read the
 * results the page shows, once it has announced how many there are.
 */
import type { Page } from '@playwright/test';
import { localePath, routes } from '../../src/i18n/routes.ts';
import type { LocaleCode } from '../../src/i18n/locales.ts';

export interface ShownResult {
  path: string;
  /** The hashes (`#conclusie-2-reactie-1`) of the places on the page the result points to. */
  places: string[];
  lang: string;
}

export function searchUrl(locale: LocaleCode, query: string, extra = ''): string {
  return `${localePath(locale, routes.search)}?q=${encodeURIComponent(query)}${extra}`;
}

export async function settled(page: Page): Promise<void> {
  await page.locator('[data-search-status]').filter({ hasText: /\S/ }).waitFor();
}

export async function shownResults(page: Page): Promise<ShownResult[]> {
  await settled(page);
  return page.locator('[data-search-results] > li').evaluateAll((items) =>
    items.map((li) => {
      const link = li.querySelector<HTMLAnchorElement>(':scope > a');
      return {
        path: link ? new URL(link.href).pathname : '',
        places: [...li.querySelectorAll<HTMLAnchorElement>('ul a')].map((a) => new URL(a.href).hash),
        lang: (li as HTMLElement).lang || document.documentElement.lang,
      };
    }),
  );
}
