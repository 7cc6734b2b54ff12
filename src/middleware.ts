/**
 * Runs for every page as the build renders it (and in `astro dev`): pages of a right-to-left
 * locale get their left-to-right words isolated (src/i18n/bidi.ts). Other pages pass untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { isolateLeftToRight } from './i18n/bidi';
import { locales } from './i18n/locales';
import { splitPath } from './i18n/routes';

const rtlTags = locales.filter((l) => l.dir === 'rtl').map((l) => l.tag);
const rtlCodes = new Set<string>(locales.filter((l) => l.dir === 'rtl').map((l) => l.code));

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!rtlCodes.has(splitPath(context.url.pathname).locale)) return response;
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(isolateLeftToRight(await response.text(), rtlTags), response);
});
