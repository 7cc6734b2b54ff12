import { defineConfig } from 'vitest/config';

// Tests that need no browser, in the order the test command runs them: `unit` and `components`
// before the build (helpers, schemas, the importer, the translation status on throwaway
// repositories; Astro components rendered with the Container API); `builds`
// builds the site from fixture content (a bad file must stop the build); `static` checks the
// built dist/ without a browser, every page parsed once (tests/static/built-pages.ts), so its
// files share one process and one module cache.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.spec.ts'] } },
      'tests/components/vitest.config.ts',
      { test: { name: 'static', include: ['tests/static/**/*.spec.ts'], isolate: false, fileParallelism: false, testTimeout: 180_000 } },
      { test: { name: 'builds', include: ['tests/builds/**/*.spec.ts'], testTimeout: 300_000 } },
    ],
  },
});
