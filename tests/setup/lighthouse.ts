/**
 * Lighthouse (mobile, its default) on pages of the built site, in the same Chromium the
 * tests use: one browser, one page after the other. Shared by the Lighthouse test and
 * the benchmark (`npm run bench:lighthouse`).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium, systemChromiumFlags } from './chromium.ts';
import { localePath, routes } from '../../src/i18n/routes.ts';
import { localeCodes, type LocaleCode } from '../../src/i18n/locales.ts';

export type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';

/** The page types the issue names, per locale. */
export const lighthousePages = (locale: LocaleCode) => [
  { type: 'home', path: localePath(locale, routes.home) },
  { type: 'conclusion', path: localePath(locale, routes.conclusion(5)) },
  { type: 'guidance', path: localePath(locale, routes.guidance('werken', 'inschrijven')) },
  { type: 'checklist', path: localePath(locale, routes.checklist) },
  { type: 'search', path: localePath(locale, routes.search) },
  { type: 'finder', path: localePath(locale, routes.activities) },
];
export const allLighthousePages = localeCodes.flatMap((l) => lighthousePages(l).map((p) => ({ ...p, locale: l })));

export interface Scores {
  path: string;
  scores: Partial<Record<Category, number>>;
  /** Audits that lost points, for a readable failure. */
  failing: string[];
  /** Largest contentful paint in ms, under the run's throttling; only with the performance category. */
  lcp?: number;
}

/**
 * Lighthouse's default waits after load (a second of network and CPU quiet each) serve
 * the performance trace; the other categories read the loaded page, so without
 * performance they shrink to a quarter second: a locale's five pages take about 22 s
 * instead of 35.
 */
const withoutTrace = { pauseAfterFcpMs: 0, pauseAfterLoadMs: 250, networkQuietThresholdMs: 250, cpuQuietThresholdMs: 250, disableFullPageScreenshot: true };

export async function runLighthouse(origin: string, paths: string[], categories: Category[]): Promise<Scores[]> {
  const chromePath = findChromium()?.executablePath ?? chromeLauncher.Launcher.getInstallations()[0];
  if (!chromePath) throw new Error('no Chromium for Lighthouse: run node tests/setup/ensure-test-tools.ts');
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...systemChromiumFlags] });
  try {
    const results: Scores[] = [];
    for (const path of paths) {
      const run = await lighthouse(`${origin}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: categories,
        ...(categories.includes('performance') ? {} : withoutTrace),
      });
      if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { lhr } = run;
      const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
      const failing = categories.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${c}: ${ref.id} (${lhr.audits[ref.id]?.score})`),
      );
      const lcp = lhr.audits['largest-contentful-paint']?.numericValue;
      results.push({ path, scores, failing, ...(lcp === undefined ? {} : { lcp: Math.round(lcp) }) });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
