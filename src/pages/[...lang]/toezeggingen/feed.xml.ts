/**
 * An Atom feed per locale of the commitments' status changes: one entry per status, newest
 * first, so a reader's feed program shows each change once. An entry's time is the first
 * day its date can mean ('2025-10' → 1 October 2025); its text gives the date as known.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localeByCode, type LocaleCode } from '../../../i18n/locales';
import { localePath, routes } from '../../../i18n/routes';
import { useTranslations, type UiKey } from '../../../i18n/t';
import { getCommitments } from '../../../data/commitments';
import { escapeXml, feedSummary } from '../../../serializers/atom';
import { formatKnownDate } from '../../../format/dates';
import { pick } from '../../../format/localized';
import { perLocale } from '../../../site/static-paths';
import { earliestDay } from '../../../schemas';

export const getStaticPaths = (() => perLocale()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const locale = (props as { locale: LocaleCode }).locale;
  const t = useTranslations(locale);
  const origin = site ?? new URL('http://localhost');
  const tracker = new URL(localePath(locale, routes.commitments), origin).href;
  const self = new URL(localePath(locale, routes.commitmentsFeed), origin).href;
  const lang = (code: LocaleCode) => (code === locale ? '' : ` xml:lang="${localeByCode(code).tag}"`);

  const entries = (await getCommitments())
    .flatMap((c) =>
      c.data.history.map((h, i) => {
        const title = pick(c.data.title, locale);
        const note = h.note && pick(h.note, locale);
        const date = formatKnownDate(h.from, locale, t);
        const source = h.source.startsWith('brief#') ? new URL(`${localePath(locale, routes.letter)}${h.source.slice(5)}`, origin).href : h.source;
        return {
          updated: `${earliestDay(h.from)}T00:00:00Z`,
          xml: `  <entry>
    <id>${escapeXml(`${tracker}#${c.id}/status-${i + 1}`)}</id>
    <title${lang(title.lang)}>${escapeXml(`${title.text}: ${t(`status.${h.status}` as UiKey)}`)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(`${tracker}#${c.id}`)}"/>
    <updated>${earliestDay(h.from)}T00:00:00Z</updated>
    ${feedSummary(locale, `${t(`status.${h.status}` as UiKey)} (${date}). ${t('commitments.source')}: ${source}`, note)}
  </entry>`,
        };
      }),
    )
    .sort((a, b) => b.updated.localeCompare(a.updated));
  if (entries.length === 0) throw new Error('content/commitments: the feed needs at least one commitment');

  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${localeByCode(locale).tag}">
  <id>${escapeXml(self)}</id>
  <title>${escapeXml(`${t('commitments.title')} | ${t('site.name')}`)}</title>
  <subtitle>${escapeXml(t('commitments.description'))}</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(tracker)}"/>
  <updated>${entries[0]!.updated}</updated>
  <author><name>${escapeXml(t('site.name'))}</name></author>
${entries.map((e) => e.xml).join('\n')}
</feed>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
