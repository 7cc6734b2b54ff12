/**
 * The editorial rules of the content, as zod schemas. `src/content.config.ts` wires them
 * to the folders in `content/`; the unit tests import them directly. Every field is
 * documented where it is declared, because editors read this file.
 */
import { z } from 'astro/zod';
import { localeCodes, sourceLocale, translatedLocaleCodes, type LocaleCode } from './i18n/locales.ts';
import { citableIdPattern, partId, pointTypes, responseId } from './letter/letter-ids.ts';

const text = z.string().trim().min(1, 'must not be empty');

/** A calendar date as YYYY-MM-DD. YAML reads an unquoted date as a Date; both are accepted. */
const isoDate = z.union([z.iso.date(), z.date().transform((d) => d.toISOString().slice(0, 10))]);

/** A text per locale: Dutch is required, every other locale optional (it falls back to Dutch). */
export const localizedText = z.strictObject(
  Object.fromEntries(localeCodes.map((code) => [code, code === sourceLocale ? text : text.optional()])) as Record<LocaleCode, typeof text>,
);
export type LocalizedText = { nl: string } & Partial<Record<LocaleCode, string>>;

/** The id of a block of the letter one can quote: a conclusion, a point, a paragraph (`conclusie-1-reactie-3`). */
export const letterAnchor = z.string().regex(citableIdPattern, 'must be an anchor of the letter, such as conclusie-1-reactie-3');

/** A word or phrase the PDF extraction got wrong, and what the site prints instead. */
export const correction = z.strictObject({ original: text, corrected: text });

/** A point the rekenkamer attached to a conclusion, kept as its own item. */
export const point = z.strictObject({
  type: z.enum(pointTypes),
  text,
});

/**
 * One conclusion of the rekenkamer with the college's response: `content/conclusions/<locale>/<n>.mdx`.
 * The MDX body is the college's response, quoted from the letter (translated outside Dutch).
 */
export const conclusion = z
  .strictObject({
    /** 1 to 8, as numbered in the letter. */
    number: z.number().int().min(1).max(8),
    /** Prefix of the response's paragraph ids: `conclusie-<number>-reactie`. */
    anchor: z.string(),
    /** The conclusion as worded by the rekenkamer. */
    conclusion: text,
    /** Attention points and recommendations, in the letter's order. */
    points: z.array(point).min(1, 'a conclusion has at least one point'),
    /** This site's own plain-language summary of the response; shown marked as such. */
    summary: text,
    /** Extraction faults corrected in this file, listed on the page about the sources. */
    corrections: z.array(correction).default([]),
  })
  .refine((c) => c.anchor === responseId(c.number), {
    path: ['anchor'],
    message: 'must be conclusie-<number>-reactie',
  });

/** The parts of the letter around the conclusions: `content/letter/<locale>/{opening,closing}.mdx`. */
export const letterPart = z
  .strictObject({
    part: z.enum(['opening', 'closing']),
    /** Prefix of the paragraph ids: `inleiding` for the opening, `slot` for the closing. */
    anchor: z.string(),
    corrections: z.array(correction).default([]),
  })
  .refine((p) => p.anchor === partId(p.part), { path: ['anchor'], message: 'must be inleiding for the opening, slot for the closing' });

/** The study at a glance: `content/study/<locale>.yaml`. Quotes point to the letter. */
export const study = z.strictObject({
  title: text,
  /** When the college received the study: the only date the letter gives for it (a month). */
  received: z.string().regex(/^\d{4}-\d{2}$/, 'must be a month, YYYY-MM'),
  intro: text,
  mainQuestion: z.strictObject({ text, source: letterAnchor }),
  motives: z.array(text).length(4, 'the letter names four migration motives'),
  specialGroup: text,
  recommendations: z.strictObject({ items: z.array(text).length(2), source: letterAnchor }),
  closingRemark: z.strictObject({ text, source: letterAnchor }),
});

/** One figure from the letter, never merged with another: `content/figures/<id>.yaml`. */
export const figure = z
  .strictObject({
    /** A number, or an ISO date for unit `date`. */
    value: z.union([z.number(), isoDate]),
    unit: z.enum(['percent', 'places', 'locations', 'people', 'years', 'date']),
    /** True where the letter gives an expectation ('naar verwachting 200 personen'). */
    expected: z.boolean().default(false),
    label: localizedText,
    /** The exact definition, as precise as the letter is. */
    definition: localizedText,
    conclusion: z.number().int().min(1).max(8),
    /** The paragraph of the letter the figure comes from. */
    source: letterAnchor,
    /** Set on the figures drawn together in a chart of the letter, e.g. '6.1'. */
    chart: z.string().optional(),
    /** Order within the chart or the figures page. */
    order: z.number().int().default(0),
  })
  .refine((f) => (f.unit === 'date') === (typeof f.value === 'string'), {
    path: ['value'],
    message: 'a date figure needs an ISO date, every other unit a number',
  });

/** A page of prose: `content/pages/<locale>/<slug>.mdx` (about, accessibility, privacy). */
export const page = z.strictObject({
  title: text,
  description: text,
});

/** An id of a file in content/sources, or `brief` for the college's letter itself. */
export const sourceId = z.string().regex(/^[a-z0-9-]+$/, 'must be the id of a file in content/sources');

/**
 * One official source of practical facts: `content/sources/<id>.yaml`. Guidance pages cite
 * it with `<Source id="<id>" />`; the page shows the publisher and the date the source states.
 */
export const source = z.strictObject({
  /** Who publishes it: 'IND', 'Rijksoverheid', 'Work in NL'. */
  publisher: text,
  /** The page's own title. */
  title: text,
  url: z.url({ protocol: /^https?$/ }),
  /** The date or period the source itself states (YYYY, YYYY-MM or YYYY-MM-DD); left out when it states none. */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
  /** Where the text was read when the address above is a copy of an official text. */
  via: z.string().optional(),
});

/**
 * A money amount that holds for a period: `content/amounts/<id>.yaml`, written in guidance MDX
 * as `<Amount id="…" />`. The page prints it with its period, and says so when no source has a
 * newer amount, so a reader never takes an old amount for today's.
 */
export const amount = z
  .strictObject({
    /** In euros, as the source gives it. */
    value: z.number().positive(),
    /** What it is counted per; left out for a sum. */
    per: z.enum(['hour', 'month', 'year']).optional(),
    /** True for a gross amount (before tax and contributions). */
    gross: z.boolean().default(false),
    /** The first and last day the source says it applies; at least one of the two. */
    from: isoDate.optional(),
    until: isoDate.optional(),
    /** False when no source has the amount that follows this one: the page then says so. */
    newerInSources: z.boolean(),
    source: sourceId,
  })
  .refine((a) => a.from || a.until, { path: ['from'], message: 'an amount needs the period it applies to: from, until or both' });

/** A contact point for 'where to get help', only as a source documents it. */
export const helpContact = z.strictObject({
  name: text,
  /** What this contact helps with, in the page's language. */
  what: text,
  phone: z
    .string()
    .regex(/^\+?[0-9][0-9 -]{2,}$/, 'must be a phone number as the source writes it (112 and 113 are the shortest)')
    .optional(),
  email: z.email().optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  source: sourceId,
});

/**
 * A page of practical guidance: `content/guidance/<locale>/<section>/<slug>.mdx`. Every
 * paragraph and list item of the body ends with one or more `<Source id="…" />`.
 */
export const guidance = z.strictObject({
  title: text,
  description: text,
  /** `hulp` holds the one page of places that help in Haarlemmermeer, for every reader. */
  section: z.enum(['hulp', 'oekraine', 'werken']),
  /** Position in the section's list of pages. */
  order: z.number().int().min(0),
  /** Who the page is for, in one sentence. */
  audience: text,
  /** When an editor last checked the page against its sources. */
  lastReviewed: isoDate,
  help: z.array(helpContact).default([]),
  /** The conclusion of the study this page relates to. */
  conclusion: z.number().int().min(1).max(8).optional(),
});

/** A text in every locale but Dutch (where the Dutch term itself is the headword). */
export const translatedText = z.strictObject(
  Object.fromEntries(translatedLocaleCodes.map((code) => [code, text.optional()])) as Record<Exclude<LocaleCode, 'nl'>, ReturnType<typeof text.optional>>,
);

/** One Dutch term readers meet, explained per locale: `content/glossary/<id>.yaml`. */
export const glossaryTerm = z.strictObject({
  /** The Dutch term as readers meet it; shown in every locale. */
  term: text,
  /** Other Dutch forms that link to this entry at first use ('statushouders'). */
  forms: z.array(text).default([]),
  /** The one translation of the term used across the site, per locale. */
  translation: translatedText,
  /** A plain explanation, one or two short sentences, per locale. */
  explanation: localizedText,
  /** Where the explanation comes from: a file in content/sources, or `brief`. */
  source: sourceId.optional(),
});

/**
 * A date as precisely as its source gives it: a year (`2026`), a month (`2025-10`), a day
 * (`2025-10-15`), or `after <day>` where only a lower bound is known. The letter itself is
 * undated: it was written after 15 October 2025, a date it mentions in the past tense.
 */
export const knownDate = z.preprocess(
  // YAML reads an unquoted day as a Date and an unquoted year as a number; both are meant as text.
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
  z.string().regex(/^(after )?\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM, YYYY-MM-DD or "after YYYY-MM-DD"'),
);

/**
 * How one locale renders the site's Dutch words: `content/renderings/<locale>.yaml`, the
 * translators' glossary; every locale has one, Dutch too. A glossary term's one rendering is its `translation` in
 * content/glossary; here are the renderings not to use, and Dutch phrases that are no
 * glossary term but need one rendering too ('zicht op'). A test fails on any page of the
 * locale that uses a rendering listed under `avoid`.
 */
export const renderings = z.strictObject({
  /** Per glossary term (its file name): renderings not to use in this locale. */
  avoid: z.record(z.string().regex(/^[a-z0-9-]+$/, 'must be the id of a file in content/glossary'), z.array(text).min(1)).default({}),
  /** Dutch phrases that are not glossary terms: the one rendering, and the ones not to use. */
  phrases: z.array(z.strictObject({ nl: text, use: text, avoid: z.array(text).min(1), why: text.optional() })).default([]),
  /** Link texts that say nothing out of context in this language ('click here'); no link may be named only that (WCAG 2.4.4). */
  vagueLinkTexts: z.array(text).min(1),
});

export const weekdays = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time, HH:MM');

/** When an activity happens; `unknown` where the source does not say. */
export const activityWhen = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('weekly'), days: z.array(z.enum(weekdays)).min(1), start: time, end: time }),
  z.strictObject({ kind: z.literal('appointment') }),
  z.strictObject({ kind: z.literal('dates'), from: isoDate, to: isoDate }),
  z.strictObject({ kind: z.literal('unknown') }),
]);

export const activityCategories = ['taal', 'welzijn', 'werk', 'ontmoeting', 'informatie'] as const;
export const activityAudiences = ['iedereen', 'arbeidsmigranten', 'oekrainers', 'asielzoekers', 'statushouders'] as const;

/**
 * One activity of the sociale basis: `content/activities/<id>.yaml`. Only what a source
 * documents is filled in; every detail the source leaves open is `unknown` or left out,
 * and the page says so.
 */
export const activity = z.strictObject({
  title: localizedText,
  description: localizedText,
  organiser: text,
  category: z.enum(activityCategories),
  audience: z.array(z.enum(activityAudiences)).min(1),
  /** Languages spoken at the activity (BCP 47 codes); empty when the source does not say. */
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/, 'must be a language code such as nl or uk')).default([]),
  /** As the source describes it: `planned` for what it announces but does not yet describe as running. */
  status: z.enum(['running', 'planned']),
  when: activityWhen,
  where: z.strictObject({ place: text.optional(), address: text.optional(), area: text.optional() }).default({}),
  cost: z.strictObject({ kind: z.enum(['free', 'paid', 'unknown']), amount: text.optional() }),
  accessibility: localizedText.optional(),
  contact: z.strictObject({ url: z.url({ protocol: /^https?$/ }).optional(), email: z.email().optional(), phone: z.string().optional() }).default({}),
  source: sourceId,
  /**
   * The date the source states for the status, as precisely as it gives it: `after 2025-10-15`
   * for the undated letter. Not the day an editor looked; a status is only what its source says.
   */
  statusAsOf: knownDate,
});

/** The letter's own words and the anchor of the paragraph they are in. */
export const letterQuote = z.strictObject({
  /** Verbatim from the Dutch letter, extraction faults corrected; may be part of a sentence. */
  text,
  anchor: letterAnchor,
});

/** Where a status comes from: `brief#<anchor>` for the letter, else the id of a file in content/sources. */
export const evidence = z
  .string()
  .refine(
    (s) => (s.startsWith('brief#') ? letterAnchor.safeParse(s.slice(6)).success : sourceId.safeParse(s).success),
    'must be brief#<anchor of the letter>, such as brief#conclusie-5-reactie-2, or the id of a file in content/sources',
  );

/** `deferred`: the college leaves it to the next college, so no one has taken it on yet. */
export const commitmentStatuses = ['announced', 'in-progress', 'deferred', 'done', 'dropped', 'unknown'] as const;
export const commitmentOwners = ['gemeente', 'coa', 'regio', 'rijk', 'partner'] as const;

/** One status of a commitment: what it is, from when, and who says so. */
export const statusEntry = z.strictObject({
  status: z.enum(commitmentStatuses),
  from: knownDate,
  source: evidence,
  /** Why the source supports this status, where that is not plain from the quote. */
  note: localizedText.optional(),
});

/** The earliest day a known date can mean, for ordering: `2025-10` → `2025-10-01`. */
export const earliestDay = (date: string) => {
  const day = date.replace(/^after /, '');
  return day.length === 4 ? `${day}-01-01` : day.length === 7 ? `${day}-01` : day;
};

/**
 * One commitment or announced step of the college's letter: `content/commitments/<id>.yaml`.
 * The id is the file name and is part of the open data: never rename a published file.
 * Editors add a status to `history` (with date and source) and never change an old one.
 */
export const commitment = z
  .strictObject({
    /** A short name for lists, per locale. */
    title: localizedText,
    /** The conclusion(s) of the study it answers. */
    conclusions: z.array(z.number().int().min(1).max(8)).min(1, 'name at least one conclusion'),
    /** Who carries it out as the letter says: the municipality, COA, the region, the Rijk, or a partner. */
    owner: z.enum(commitmentOwners),
    /** The owner's own name where the letter gives one ('Greenportorganisaties', 'ministerie SZW'). */
    ownerName: localizedText.optional(),
    /** The letter's own words of the commitment. */
    quote: letterQuote,
    /** This site's plain summary, per locale; shown marked as the site's own. */
    summary: localizedText,
    /** A date or deadline the letter gives, with the letter's own words for it ('eind 2026'). */
    due: z.strictObject({ date: knownDate, words: text }).optional(),
    /** Every status it has had, oldest first. The first is what the letter supports. */
    history: z.array(statusEntry).min(1, 'a commitment needs at least the status the letter supports'),
  })
  .refine((c) => c.history.every((h, i) => i === 0 || earliestDay(c.history[i - 1]!.from) <= earliestDay(h.from)), {
    path: ['history'],
    message: 'statuses must be in date order, oldest first',
  });

/**
 * This site's labels for the college's answer to a recommendation. Each label follows from
 * two facts the editor records about the answer, so the same answer always gets the same label:
 * - adopted / adopted-with-conditions / under-study: the college names a step it takes itself
 *   (a study it is doing counts as a step); `under-study` when that step is the study;
 * - agreed-no-step: the college agrees in principle but names no step and no date;
 * - deferred: the college leaves it to the next college;
 * - not-adopted: the college declines it.
 */
export const stanceLabels = ['adopted', 'adopted-with-conditions', 'under-study', 'agreed-no-step', 'deferred', 'not-adopted'] as const;

const labelRule: Record<(typeof stanceLabels)[number], { stepNamed?: boolean; deferred?: boolean }> = {
  adopted: { stepNamed: true, deferred: false },
  'adopted-with-conditions': { stepNamed: true, deferred: false },
  'under-study': { stepNamed: true, deferred: false },
  'agreed-no-step': { stepNamed: false, deferred: false },
  deferred: { deferred: true },
  'not-adopted': {},
};

/**
 * The college's stance on one recommendation (aanbeveling) of the rekenkamer:
 * `content/stances/conclusie-<n>-punt-<i>.yaml`, named after the point it answers.
 * The label is this site's reading of the letter, and `reading` explains it.
 */
export const stance = z
  .strictObject({
    conclusion: z.number().int().min(1).max(8),
    /** Position of the recommendation among the conclusion's points, as in `conclusie-<n>-punt-<i>`. */
    point: z.number().int().min(1),
    /** Where the letter's introduction repeats the recommendation, if it does. */
    alsoIn: letterAnchor.optional(),
    /** Does the letter name a step the college itself takes on this recommendation, now? */
    stepNamed: z.boolean(),
    /** Does the letter leave the recommendation to the next college? */
    deferred: z.boolean(),
    stance: z.enum(stanceLabels),
    quote: letterQuote,
    /** Why this site reads the response so, per locale. */
    reading: localizedText,
  })
  .superRefine((s, ctx) => {
    const rule = Object.entries(labelRule[s.stance]);
    if (rule.every(([fact, value]) => s[fact as 'stepNamed' | 'deferred'] === value)) return;
    ctx.addIssue({
      code: 'custom',
      path: ['stance'],
      message: `'${s.stance}' needs ${rule.map(([f, v]) => `${f}: ${v}`).join(' and ')}; choose the label that fits stepNamed and deferred`,
    });
  });

/** One dated item of the letter that is not a commitment: `content/timeline/<id>.yaml`. */
export const timelineEvent = z.strictObject({
  date: knownDate,
  /** Where the letter gives a period rather than a day ('2025 en 2026'): its last date. */
  until: knownDate.optional(),
  title: localizedText,
  quote: letterQuote,
  conclusion: z.number().int().min(1).max(8).optional(),
});

const yesNo = z.enum(['ja', 'nee']);
/** A set of answers of 'Wat geldt voor mij?' (src/site/checklist.ts) that must all hold. */
const checklistCondition = z.strictObject({
  herkomst: z.enum(['eu', 'oekraine']).optional(),
  werk: yesNo.optional(),
  uitzendbureau: yesNo.optional(),
  huisvesting: yesNo.optional(),
  langer: yesNo.optional(),
  kinderen: yesNo.optional(),
});

/** One step of 'Wat geldt voor mij?': an entry of `content/checklist/steps.yaml`. */
export const checklistStep = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The answers it applies to; a list of sets when any one of them will do. */
  when: z.union([checklistCondition, z.array(checklistCondition).min(2)]),
  /** The paragraph of guidance that explains it: a Dutch guidance page and its nth h2, from 1. */
  guidance: z.strictObject({
    page: z.string().regex(/^(hulp|oekraine|werken)\/[a-z0-9-]+$/, 'must be a guidance page, such as werken/inschrijven'),
    heading: z.number().int().min(1),
  }),
  source: sourceId,
});

const question = z.strictObject({ label: text, hint: text.optional() });
/** The words of 'Wat geldt voor mij?' in one locale: `content/checklist/<locale>.yaml`. */
export const checklistTexts = z.strictObject({
  title: text,
  description: text,
  intro: text,
  submit: text,
  answers: z.strictObject({ ja: text, nee: text }),
  questions: z.strictObject({
    herkomst: question.extend({ answers: z.strictObject({ eu: text, oekraine: text }) }),
    werk: question,
    uitzendbureau: question,
    huisvesting: question,
    langer: question,
    kinderen: question,
  }),
  result: z.strictObject({ title: text, answers: text, change: text, more: text, print: text }),
  /** One text per step of steps.yaml, by its id. */
  steps: z.record(z.string(), text),
});
