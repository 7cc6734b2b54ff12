/**
 * How long the finder takes to filter 1,000 activities in Chromium (tests/setup/finder-fixture.ts,
 * served through nginx): the median and worst of five clicks on one filter. The target is a
 * median under 100 ms. Run on a quiet machine after a build:
 *   npm run build && npm run bench:finder
 */
import { execFileSync } from 'node:child_process';
import { fixtureCount, fixtureRoot } from '../setup/finder-fixture-data.ts';
import { launchChromium, serve } from './serve.ts';

execFileSync(process.execPath, ['tests/setup/finder-fixture.ts'], { stdio: 'inherit' });
const { origin, stop } = await serve(4331, fixtureRoot, '/activiteiten/');
try {
  const browser = await launchChromium();
  const page = await browser.newPage();
  await page.goto(`${origin}/activiteiten/`);
  const box = page.getByRole('group', { name: 'Soort activiteit' }).getByLabel('Werk');
  const timings: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    timings.push(
      await box.evaluate((input: HTMLInputElement) => {
        const start = performance.now();
        input.click();
        return performance.now() - start;
      }),
    );
  }
  timings.sort((a, b) => a - b);
  console.log(
    `finder filter time over ${fixtureCount} activities: median ${timings[2]?.toFixed(1)} ms, worst ${timings[4]?.toFixed(1)} ms (target: median under 100 ms)`,
  );
  process.exitCode = (timings[2] ?? Infinity) < 100 ? 0 : 1;
  await browser.close();
} finally {
  stop();
}
