/**
 * Writes the host's files into a build folder, after Astro: `_headers`, and
 * `/.well-known/security.txt` when SECURITY_CONTACT names a contact.
 * `node src/security/write-headers.ts dist.partial`
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildDate } from '../lib/build-date.ts';
import { headersFile } from './headers.ts';
import { securityTxt, securityTxtPath } from './security-txt.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node src/security/write-headers.ts <build folder>');
writeFileSync(join(dir, '_headers'), headersFile());
console.log(`Headers: ${join(dir, '_headers')}`);

const contact = process.env['SECURITY_CONTACT'];
if (contact) {
  const file = join(dir, securityTxtPath);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, securityTxt(contact, process.env['SITE_URL'], buildDate));
  console.log(`security.txt: ${file}`);
}
