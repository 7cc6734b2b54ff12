/**
 * 'Wat geldt voor mij?': the questions, which of them count for which answers, and the page of
 * each combination. Every combination of answers is a page of its own, built at build time
 * (`/wat-geldt-voor-mij/eu-werk-langer/`), so a result has an address to share, bookmark and
 * print. The form sends its answers as a GET query; nginx sends that on to the page
 * (`checklistNginxMap`), and with JavaScript the page goes there itself. Plain Node: the build's
 * host files read it too.
 *
 * @example
 * checklistSlug({ herkomst: 'eu', werk: 'nee', uitzendbureau: 'ja', huisvesting: 'nee', langer: 'ja', kinderen: 'nee' })
 * // 'eu-langer': without work, the questions about an agency and housing do not count
 */

export const checklistQuestions = ['herkomst', 'werk', 'uitzendbureau', 'huisvesting', 'langer', 'kinderen'] as const;
export type ChecklistQuestion = (typeof checklistQuestions)[number];
export type Answers = { herkomst: 'eu' | 'oekraine' } & Record<Exclude<ChecklistQuestion, 'herkomst'>, 'ja' | 'nee'>;

export const answerOptions = (q: ChecklistQuestion): readonly string[] => (q === 'herkomst' ? ['eu', 'oekraine'] : ['ja', 'nee']);

/** Whether a question counts for the other answers: an agency and housing only with work, staying longer only from the EU. */
export function counts(q: ChecklistQuestion, a: Answers): boolean {
  if (q === 'uitzendbureau' || q === 'huisvesting') return a.werk === 'ja';
  if (q === 'langer') return a.herkomst === 'eu';
  return true;
}

/** The answers with every question that does not count set to 'nee', so equal situations are one page. */
export function canonical(a: Answers): Answers {
  const c = { ...a };
  for (const q of checklistQuestions) if (q !== 'herkomst' && !counts(q, a)) c[q] = 'nee';
  return c;
}

/** The path segment of a combination: its origin, then each question answered 'ja'. */
export function checklistSlug(a: Answers): string {
  const c = canonical(a);
  return [c.herkomst, ...checklistQuestions.filter((q) => q !== 'herkomst' && c[q] === 'ja')].join('-');
}

/** Every combination of answers, the questions that do not count left at 'nee'. */
export function allAnswers(): Answers[] {
  let all: Answers[] = [{ herkomst: 'eu', werk: 'nee', uitzendbureau: 'nee', huisvesting: 'nee', langer: 'nee', kinderen: 'nee' }];
  for (const q of checklistQuestions) {
    all = all.flatMap((a) => (q === 'herkomst' || counts(q, a) ? answerOptions(q).map((v) => ({ ...a, [q]: v }) as Answers) : [a]));
  }
  return all;
}

export function answersOf(slug: string): Answers | undefined {
  return allAnswers().find((a) => checklistSlug(a) === slug);
}

/** When a step applies: answers that must all hold, or a list of such sets of which one must. */
export type Condition = { [Q in ChecklistQuestion]?: Answers[Q] | undefined };
export function applies(when: Condition | Condition[], a: Answers): boolean {
  return (Array.isArray(when) ? when : [when]).some((c) => Object.entries(c).every(([q, v]) => a[q as ChecklistQuestion] === v));
}

/**
 * nginx's map from the form's query to the page of its answers, for every way the form can be
 * filled in (questions that do not count may have either answer); an incomplete query maps to
 * nothing and the question page is shown again.
 */
export function checklistNginxMap(): string {
  const rows: string[] = [];
  const fill = (i: number, values: string[]) => {
    const q = checklistQuestions[i];
    if (!q) {
      const a = Object.fromEntries(checklistQuestions.map((k, j) => [k, values[j]])) as Answers;
      rows.push(`    "${values.join('|')}" ${checklistSlug(a)};`);
      return;
    }
    for (const v of answerOptions(q)) fill(i + 1, [...values, v]);
  };
  fill(0, []);
  return `# 'Wat geldt voor mij?' without JavaScript: the form's answers, the page of that combination.
map "${checklistQuestions.map((q) => `$arg_${q}`).join('|')}" $checklist_page {
${rows.join('\n')}
    default "";
}
`;
}
