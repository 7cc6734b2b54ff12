/**
 * Pieces of the Atom feeds (RFC 4287) that need care: escaping, and a summary whose parts
 * are in different languages.
 */
import { localeByCode, type LocaleCode } from '../i18n/locales';

export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * An entry's `<summary>`: `text` in the feed's locale, then the note in the language it is
 * in. Plain text carries one `xml:lang`; a note that fell back to Dutch on a page of another
 * locale makes the summary XHTML, so the Dutch part can carry its own language (§3.1.1.3):
 * a screen reader then reads it with a Dutch voice.
 *
 * @example
 * feedSummary('en', 'Started (January 2026).', { text: 'Loopt', lang: 'nl' })
 * // <summary type="xhtml" xml:lang="en"><div xmlns="http://www.w3.org/1999/xhtml">Started (January 2026). <span lang="nl" xml:lang="nl">Loopt</span></div></summary>
 */
export function feedSummary(locale: LocaleCode, text: string, note?: { text: string; lang: LocaleCode }): string {
  const tag = localeByCode(locale).tag;
  if (!note || note.lang === locale) return `<summary xml:lang="${tag}">${escapeXml(note ? `${text} ${note.text}` : text)}</summary>`;
  const noteTag = localeByCode(note.lang).tag;
  return `<summary type="xhtml" xml:lang="${tag}"><div xmlns="http://www.w3.org/1999/xhtml">${escapeXml(text)} <span lang="${noteTag}" xml:lang="${noteTag}">${escapeXml(note.text)}</span></div></summary>`;
}
