/**
 * Writes `_headers` into a build folder, after Astro: `node src/security/write-headers.ts dist.partial`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile } from './headers.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node src/security/write-headers.ts <build folder>');
writeFileSync(join(dir, '_headers'), headersFile());
console.log(`Headers: ${join(dir, '_headers')}`);
