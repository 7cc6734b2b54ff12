/**
 * The translation status of the site's own content, computed once per build from git
 * history (see `src/i18n/translation-status.ts`).
 */
import { sourceLocale, type LocaleCode } from '../i18n/locales';
import { translationStatus, type TranslationState } from '../i18n/translation-status';

let status: ReturnType<typeof translationStatus> | undefined;

export function getTranslationStatus() {
  status ??= translationStatus(process.env['CONTENT_DIR'] ?? './content');
  return status;
}

/** The state of one page in one locale; undefined for pages that show no translated text. */
export function translationState(route: string, locale: LocaleCode): TranslationState | undefined {
  return getTranslationStatus().pages.find((p) => p.route === route)?.states[locale];
}

/**
 * The language a page's content is shown in: the Dutch original where the page is not translated
 * into `locale` at all ('missing'; the texts each page shows are in src/site/page-types.ts), else
 * the reader's own, with any text not yet translated shown in Dutch and marked so. Read from the
 * content as it is, not from history, so it holds in an export without git too.
 */
export function contentLanguage(route: string, locale: LocaleCode): LocaleCode {
  return translationState(route, locale) === 'missing' ? sourceLocale : locale;
}
