/**
 * The translation status of the site's own content, computed once per build from git
 * history (see `src/i18n/translation-status.ts`).
 */
import type { LocaleCode } from '../i18n/locales';
import { translationStatus, type TranslationState } from '../i18n/translation-status';

let status: ReturnType<typeof translationStatus> | undefined;

export function getTranslationStatus() {
  status ??= translationStatus(process.env['CONTENT_DIR'] ?? './content');
  return status;
}

/** The state of one page in one locale; undefined for pages that are not translated as files. */
export function translationState(route: string, locale: LocaleCode): TranslationState | undefined {
  return getTranslationStatus().pages.find((p) => p.route === route)?.states[locale];
}
