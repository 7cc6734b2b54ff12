/**
 * 'Wat geldt voor mij?' with JavaScript: the form goes straight to the page of its answers, the
 * same address nginx sends it to without JavaScript, so the result can be shared either way.
 */
import { type Answers, checklistQuestions, checklistSlug } from '../site/checklist';

export function enableChecklist(form: HTMLFormElement): void {
  form.addEventListener('submit', (event) => {
    const data = new FormData(form);
    const answers = Object.fromEntries(checklistQuestions.map((q) => [q, data.get(q)])) as Answers;
    if (checklistQuestions.some((q) => !answers[q])) return;
    event.preventDefault();
    // The form's action is the questions page of the reader's locale; each result is a page below it.
    location.assign(`${new URL(form.action).pathname}${checklistSlug(answers)}/`);
  });
}
