import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The widths every page is checked at. */
export const desktop = { name: 'desktop', width: 1280, height: 800 };
export const narrow = { name: '320 px', width: 320, height: 640 };

/**
 * axe with the WCAG 2.2 A and AA rules. Legacy mode runs axe in the page in one pass; the
 * default mode opens an extra page per check to merge results across frames, which the site
 * does not have (a test in accessibility.spec.ts checks that), and takes three times as long.
 */
export const axe = (page: Page) =>
  new AxeBuilder({ page })
    .setLegacyMode(true)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    // Full detail only for violations; passes still list their rules. Much faster on long pages.
    .options({ resultTypes: ['violations'] })
    .analyze();
