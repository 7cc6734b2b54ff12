/**
 * Lighthouse (mobile, simulated slow 4G and a slowed CPU, its defaults) on the home,
 * conclusion, guidance, search and finder pages of every locale, served through nginx
 * with nginx.conf, and a table of the scores. Run on a quiet machine after a build:
 *   npm run build && npm run bench:lighthouse
 * The target: accessibility, best practices and SEO 100, performance at least 98.
 */
import { allLighthousePages, runLighthouse } from '../setup/lighthouse.ts';
import { serve } from './serve.ts';

const { origin, stop } = await serve(4330);
try {
  const results = await runLighthouse(
    origin,
    allLighthousePages.map((p) => p.path),
    ['performance', 'accessibility', 'best-practices', 'seo'],
  );
  console.log('| locale | page | path | performance | accessibility | best practices | SEO | largest contentful paint |');
  console.log('|---|---|---|---:|---:|---:|---:|---:|');
  results.forEach((r, i) => {
    const p = allLighthousePages[i]!;
    const s = r.scores;
    console.log(`| ${p.locale} | ${p.type} | ${r.path} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} | ${r.lcp} ms |`);
  });
  // The largest contentful paint per page type: the median over the locales, and the slowest.
  const types = [...new Set(allLighthousePages.map((p) => p.type))];
  for (const type of types) {
    const lcps = results
      .filter((_, i) => allLighthousePages[i]!.type === type)
      .map((r) => r.lcp ?? Number.NaN)
      .sort((a, b) => a - b);
    console.log(`largest contentful paint, ${type}: median ${lcps[Math.floor((lcps.length - 1) / 2)]} ms, slowest ${lcps.at(-1)} ms`);
  }
  const below = results.filter((r) => (r.scores.performance ?? 0) < 98 || r.failing.some((f) => !f.startsWith('performance')));
  // A score of 0 with no audit named is a run that failed (no trace, no largest paint).
  for (const r of below) console.log(`below target: ${r.path}: performance ${r.scores.performance}${r.failing.length ? `; ${r.failing.join('; ')}` : ''}`);
  process.exitCode = below.length > 0 ? 1 : 0;
} finally {
  stop();
}
