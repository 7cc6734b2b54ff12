/**
 * The open data: every dataset the site publishes under /data/v1/, as JSON and CSV, each
 * with a JSON Schema generated from the same zod schema that checks it at build time.
 * A change that breaks a schema fails the build; a change of meaning needs /data/v2/.
 *
 * Texts per locale always carry all six locale keys (null where there is no translation),
 * so every CSV row has the same columns.
 */
import { getCollection } from 'astro:content';
import { z } from 'astro/zod';
import { localeCodes, sourceLocale, type LocaleCode } from '../i18n/locales';
import { localePath, routes } from '../i18n/routes';
import { buildDate } from '../site/build-date';
import { commitmentOwners, commitmentStatuses, letterAnchor as anchor, stanceLabels } from '../schemas';
import { currentStatus, getCommitments, getDutchLetterBlocks, getStances } from '../data/commitments';
import { conclusionNumbers, getConclusion } from '../data/content';
import { conclusionId, parseLetterId, pointId, pointTypes, statementId } from '../letter/letter-ids';
import { letterBlocks } from '../letter/letter-text';

export const dataVersion = 'v1';
export const licence = { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' };

const text = z.string().min(1);
const id = z.string().regex(/^[a-z0-9-]+$/);
const perLocale = z.strictObject(
  Object.fromEntries(localeCodes.map((c) => [c, c === sourceLocale ? text : text.nullable()])) as unknown as Record<LocaleCode, z.ZodType<string | null>>,
);
const conclusionNumber = z.number().int().min(1).max(8);
const date = z.string().regex(/^(after )?\d{4}(-\d{2}(-\d{2})?)?$/);

/** Every locale key, null where the text falls back to Dutch. */
const everyLocale = (t: { [K in LocaleCode]?: string | undefined } & { nl: string }) =>
  Object.fromEntries(localeCodes.map((c) => [c, t[c] ?? null])) as Record<LocaleCode, string | null>;

const rowSchemas = {
  conclusions: z.strictObject({ id, number: conclusionNumber, anchor, text: perLocale, summary: perLocale, url: z.url() }),
  points: z.strictObject({
    id: anchor,
    conclusion: conclusionNumber,
    position: z.number().int().min(1),
    type: z.enum(pointTypes),
    text: perLocale,
  }),
  responses: z.strictObject({
    id: anchor,
    part: z.enum(['opening', 'response', 'closing']),
    conclusion: conclusionNumber.nullable(),
    kind: z.enum(['heading', 'paragraph', 'list-item']),
    text: perLocale,
    url: z.url(),
  }),
  figures: z.strictObject({
    id,
    value: z.union([z.number(), z.string()]),
    unit: z.enum(['percent', 'places', 'locations', 'people', 'years', 'date']),
    expected: z.boolean(),
    label: perLocale,
    definition: perLocale,
    conclusion: conclusionNumber,
    source: anchor,
    chart: z.string().nullable(),
  }),
  commitments: z.strictObject({
    id,
    title: perLocale,
    conclusions: z.array(conclusionNumber).min(1),
    owner: z.enum(commitmentOwners),
    ownerName: perLocale.nullable(),
    quote: z.strictObject({ text, anchor }),
    summary: perLocale,
    due: z.strictObject({ date, words: text }).nullable(),
    status: z.enum(commitmentStatuses),
    statusFrom: date,
    history: z.array(z.strictObject({ status: z.enum(commitmentStatuses), from: date, source: text, note: perLocale.nullable() })).min(1),
    url: z.url(),
  }),
  statuses: z.strictObject({
    commitment: id,
    position: z.number().int().min(1),
    status: z.enum(commitmentStatuses),
    from: date,
    source: text,
    note: perLocale.nullable(),
  }),
  stances: z.strictObject({
    id: anchor,
    conclusion: conclusionNumber,
    recommendation: anchor,
    stance: z.enum(stanceLabels),
    quote: z.strictObject({ text, anchor }),
    reading: perLocale,
    alsoIn: anchor.nullable(),
  }),
  glossary: z.strictObject({ id, term: text, forms: z.array(text), translation: perLocale, explanation: perLocale, source: text.nullable() }),
};

export type DatasetName = keyof typeof rowSchemas;
export const datasetNames = Object.keys(rowSchemas) as DatasetName[];

/** The file as published: what it is, its licence, when it was made, and its items. */
const fileSchema = (name: DatasetName) =>
  z.strictObject({
    dataset: z.literal(name),
    version: z.literal(dataVersion),
    licence: z.strictObject({ name: z.literal(licence.name), url: z.literal(licence.url) }),
    generated: z.iso.date(),
    items: z.array(rowSchemas[name]),
  });

export function jsonSchema(name: DatasetName, site: URL) {
  return {
    $id: new URL(`/data/${dataVersion}/${name}.schema.json`, site).href,
    title: `Migranten in Haarlemmermeer: ${name}`,
    ...z.toJSONSchema(fileSchema(name), { target: 'draft-2020-12' }),
  };
}

const absolute = (site: URL, path: string) => new URL(path, site).href;

async function rows(name: DatasetName, site: URL): Promise<unknown[]> {
  switch (name) {
    case 'conclusions':
    case 'points': {
      const perLocaleEntries = await Promise.all(conclusionNumbers.map(async (n) => Promise.all(localeCodes.map((c) => getConclusion(c, n)))));
      const inLocale = (entries: Awaited<ReturnType<typeof getConclusion>>[], pickText: (d: (typeof entries)[number]['entry']['data']) => string) =>
        Object.fromEntries(entries.map((e, i) => [localeCodes[i], e.lang === localeCodes[i] ? pickText(e.entry.data) : null])) as Record<
          LocaleCode,
          string | null
        >;
      if (name === 'conclusions') {
        return perLocaleEntries.map((entries, i) => ({
          id: conclusionId(i + 1),
          number: i + 1,
          anchor: statementId(i + 1),
          text: inLocale(entries, (d) => d.conclusion),
          summary: inLocale(entries, (d) => d.summary),
          url: absolute(site, localePath(sourceLocale, routes.conclusion(i + 1))),
        }));
      }
      return perLocaleEntries.flatMap((entries, i) =>
        entries[0]!.entry.data.points.map((p, k) => ({
          id: pointId(i + 1, k + 1),
          conclusion: i + 1,
          position: k + 1,
          type: p.type,
          text: inLocale(entries, (d) => d.points[k]?.text ?? ''),
        })),
      );
    }
    case 'responses': {
      const translations = new Map<string, Map<string, string>>();
      for (const e of [...(await getCollection('letter')), ...(await getCollection('conclusions'))]) {
        const [code] = e.id.split('/');
        if (!code || code === sourceLocale || !(e.body ?? '').trim()) continue;
        for (const b of letterBlocks(e.data.anchor, e.body ?? '')) {
          translations.set(b.id, (translations.get(b.id) ?? new Map()).set(code, b.text));
        }
      }
      // The blocks of the letter's texts; the conclusions and their points have datasets of their own.
      return [...(await getDutchLetterBlocks()).values()].flatMap((b) => {
        const id = parseLetterId(b.id);
        if (id?.kind !== 'paragraph') return [];
        return {
          id: b.id,
          part: id.part === 'conclusion' ? 'response' : id.part,
          conclusion: id.part === 'conclusion' ? id.conclusion : null,
          kind: b.kind,
          text: everyLocale({ ...Object.fromEntries(translations.get(b.id) ?? []), nl: b.text }),
          url: absolute(site, `${localePath(sourceLocale, routes.letter)}#${b.id}`),
        };
      });
    }
    case 'figures':
      return (await getCollection('figures')).map((f) => ({
        id: f.id,
        value: f.data.value,
        unit: f.data.unit,
        expected: f.data.expected,
        label: everyLocale(f.data.label),
        definition: everyLocale(f.data.definition),
        conclusion: f.data.conclusion,
        source: f.data.source,
        chart: f.data.chart ?? null,
      }));
    case 'commitments':
      return (await getCommitments()).map((c) => ({
        id: c.id,
        title: everyLocale(c.data.title),
        conclusions: c.data.conclusions,
        owner: c.data.owner,
        ownerName: c.data.ownerName ? everyLocale(c.data.ownerName) : null,
        quote: c.data.quote,
        summary: everyLocale(c.data.summary),
        due: c.data.due ?? null,
        status: currentStatus(c).status,
        statusFrom: currentStatus(c).from,
        history: c.data.history.map((h) => ({ status: h.status, from: h.from, source: h.source, note: h.note ? everyLocale(h.note) : null })),
        url: absolute(site, `${localePath(sourceLocale, routes.commitments)}#${c.id}`),
      }));
    case 'statuses':
      return (await getCommitments()).flatMap((c) =>
        c.data.history.map((h, i) => ({
          commitment: c.id,
          position: i + 1,
          status: h.status,
          from: h.from,
          source: h.source,
          note: h.note ? everyLocale(h.note) : null,
        })),
      );
    case 'stances':
      return (await getStances()).map((s) => ({
        id: s.id,
        conclusion: s.data.conclusion,
        recommendation: pointId(s.data.conclusion, s.data.point),
        stance: s.data.stance,
        quote: s.data.quote,
        reading: everyLocale(s.data.reading),
        alsoIn: s.data.alsoIn ?? null,
      }));
    case 'glossary':
      return (await getCollection('glossary')).map((g) => ({
        id: g.id,
        term: g.data.term,
        forms: g.data.forms,
        translation: everyLocale({ ...g.data.translation, nl: g.data.term }),
        explanation: everyLocale(g.data.explanation),
        source: g.data.source ?? null,
      }));
  }
}

const datasetsOnce = new Map<string, ReturnType<typeof readDataset>>();

/** One dataset as published, checked against its schema: a mismatch stops the build. Made once per build. */
export function dataset(name: DatasetName, site: URL) {
  const key = `${name} ${site.href}`;
  if (!datasetsOnce.has(key)) datasetsOnce.set(key, readDataset(name, site));
  return datasetsOnce.get(key)!;
}

async function readDataset(name: DatasetName, site: URL) {
  const file = { dataset: name, version: dataVersion, licence, generated: buildDate.toISOString().slice(0, 10), items: await rows(name, site) };
  const checked = fileSchema(name).safeParse(file);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new Error(`open data ${name}.json: ${issue.path.join('.')}: ${issue.message}`);
  }
  return checked.data;
}

/**
 * A dataset as CSV: nested objects become columns joined by '_' (`text_nl`), lists of
 * values one cell joined by '|'. Lists of objects (a commitment's history) are left out;
 * they have their own dataset (statuses). Every row has every column.
 */
export function csvTable(items: readonly unknown[]): { columns: string[]; rows: Record<string, string>[] } {
  const rows = items.map((item) => flatten(item as Record<string, unknown>));
  const seen = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  // A field that is null in one row and an object in another is only its sub-columns.
  const columns = seen.filter((c) => !seen.some((other) => other.startsWith(`${c}_`)));
  return { columns, rows: rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? '']))) };
}

function flatten(item: Record<string, unknown>, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(item)) {
    const column = `${prefix}${key}`;
    if (Array.isArray(value)) {
      if (value.every((v) => typeof v !== 'object' || v === null)) out[column] = value.join('|');
    } else if (value !== null && typeof value === 'object') Object.assign(out, flatten(value as Record<string, unknown>, `${column}_`));
    else out[column] = value === null || value === undefined ? '' : String(value);
  }
  return out;
}
