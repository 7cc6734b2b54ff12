import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import { securityTxt } from '../../src/security/security-txt.ts';

test('security.txt names the contact, expires a year after the build, prefers Dutch and English, and names its own address', () => {
  expect(securityTxt('mailto:security@example.org', 'https://example.org', new Date('2026-03-14T14:09:26Z'))).toBe(
    'Contact: mailto:security@example.org\nExpires: 2027-03-14T14:09:26.000Z\nPreferred-Languages: nl, en\nCanonical: https://example.org/.well-known/security.txt\n',
  );
});

test('without a site address there is no Canonical; an https contact is taken as it is', () => {
  expect(securityTxt('https://example.org/meld-een-lek', undefined, new Date('2026-03-14T00:00:00Z'))).toBe(
    'Contact: https://example.org/meld-een-lek\nExpires: 2027-03-14T00:00:00.000Z\nPreferred-Languages: nl, en\n',
  );
});

test('a contact that is not a mailto: or https: URI stops the build', () => {
  for (const contact of ['security@example.org', 'http://example.org/security', 'tel:+31201234567']) {
    expect(() => securityTxt(contact, undefined, new Date()), contact).toThrow(/SECURITY_CONTACT/);
  }
});

// The build step itself: it must never write the file without a contact it was given.
const writeHostFiles = (extra: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'host-files-'));
  const env: NodeJS.ProcessEnv = { ...process.env, SOURCE_DATE_EPOCH: '1773497366' }; // 2026-03-14T14:09:26Z
  delete env['SITE_URL'];
  delete env['SECURITY_CONTACT'];
  // In a process of its own, as a build runs it: the build date is read once, when loaded.
  const integration = new URL('../../src/integrations/host-files.ts', import.meta.url).href;
  const run = `const { hostFiles } = await import('${integration}');
    await hostFiles().hooks['astro:build:done']({ dir: new URL('${pathToFileURL(dir).href}/'), logger: { info() {} } });`;
  execFileSync(process.execPath, ['--input-type=module', '-e', run], { env: { ...env, ...extra }, stdio: 'pipe' });
  const file = join(dir, '.well-known', 'security.txt');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
};

test('the build writes security.txt only when SECURITY_CONTACT is set', () => {
  expect(writeHostFiles({})).toBeUndefined();
  expect(writeHostFiles({ SECURITY_CONTACT: 'mailto:security@example.org' })).toBe(
    'Contact: mailto:security@example.org\nExpires: 2027-03-14T14:09:26.000Z\nPreferred-Languages: nl, en\n',
  );
});
