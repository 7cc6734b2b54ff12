/**
 * `/.well-known/security.txt` (RFC 9116): whom to tell about a vulnerability in the site.
 * Only the deployer knows that, so the build writes the file only when given a contact
 * (SECURITY_CONTACT); it never invents one.
 */

export const securityTxtPath = '/.well-known/security.txt';

/**
 * The file's text. It expires a year after the build date (RFC 9116 requires an expiry, so a
 * forgotten file stops being trusted); `Canonical` names where it is published, when known.
 *
 * @example
 * securityTxt('mailto:security@example.org', 'https://example.org', new Date('2026-01-31T12:00:00Z'))
 * // 'Contact: mailto:security@example.org\nExpires: 2027-01-31T12:00:00.000Z\nPreferred-Languages: nl, en\nCanonical: https://example.org/.well-known/security.txt\n'
 */
export function securityTxt(contact: string, site: string | undefined, date: Date): string {
  if (!URL.canParse(contact) || !['mailto:', 'https:'].includes(new URL(contact).protocol)) {
    throw new Error(`SECURITY_CONTACT must be a mailto: or https: URI, not '${contact}'`);
  }
  const expires = new Date(date);
  expires.setUTCFullYear(expires.getUTCFullYear() + 1);
  const fields = [`Contact: ${contact}`, `Expires: ${expires.toISOString()}`, 'Preferred-Languages: nl, en'];
  if (site) fields.push(`Canonical: ${new URL(securityTxtPath, site).href}`);
  return `${fields.join('\n')}\n`;
}
