import { getViteConfig } from 'astro/config';

// Astro components rendered with the Container API, before the build: Astro's own Vite
// configuration compiles the .astro files.
export default getViteConfig({ test: { name: 'components', include: ['tests/components/**/*.spec.ts'] } });
