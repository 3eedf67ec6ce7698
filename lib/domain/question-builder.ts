/**
 * The quiz builder's question form: what an author edits for a question, the
 * problems to show before anything is saved, and the conversions to and from
 * the draft rows (options carry every type's data, see `question_options`).
 * The prompt, points and explanation are checked here; each type's own fields
 * by its module's `builder` (./question-types). Messages are catalog keys
 * (authoring.errors.*).
 */
import { blankFormFields, earnsMarks, questionType, type QuestionForm } from './question-types/registry';
import type { FormIssue } from './question-types/types';
import type { OptionData, QuestionData, QuestionType } from './quiz-snapshot';

export type { QuestionForm } from './question-types/registry';
export type { ChoiceForm, FormIssue } from './question-types/types';

export const PROMPT_MAX = 2000;

/** A new, empty question of a type, with the rows the type needs to start from. */
export function emptyQuestionForm(type: QuestionType): QuestionForm {
  return { type, prompt: '', explanation: '', points: '1', ...blankFormFields(), ...questionType(type).builder.empty() };
}

/** Points as a number, or null when not a number in (0, 100]. */
export function parsePoints(points: string): number | null {
  const value = Number(points.trim());
  return points.trim() !== '' && Number.isFinite(value) && value > 0 && value <= 100 ? value : null;
}

/** Every problem with a question form, in the order the form shows its fields. */
export function questionIssues(form: QuestionForm): FormIssue[] {
  const issues: FormIssue[] = [];
  if (form.prompt.trim() === '') issues.push({ field: 'prompt', key: 'prompt-required' });
  else if (form.prompt.length > PROMPT_MAX) issues.push({ field: 'prompt', key: 'text-too-long', values: { max: PROMPT_MAX } });
  // A type without marks (a description) has no points and needs no explanation.
  const marks = earnsMarks(form.type);
  if (marks && parsePoints(form.points) === null)
    issues.push({ field: 'points', key: 'points-range', values: { value: form.points.trim() } });
  issues.push(...questionType(form.type).builder.issues(form));
  if (marks && form.explanation.trim() === '') issues.push({ field: 'explanation', key: 'explanation-required' });
  else if (form.explanation.length > PROMPT_MAX) issues.push({ field: 'explanation', key: 'text-too-long', values: { max: PROMPT_MAX } });
  return issues;
}

/** The draft options of a valid form (see `fileOptions` of each type for the same layout from files). */
export function formOptions(form: QuestionForm): OptionData[] {
  return questionType(form.type).builder.options(form);
}

/** A valid form as a draft question with the given key. Check {@link questionIssues} first. */
export function questionDraftFromForm(form: QuestionForm, key: string): QuestionData {
  return {
    key,
    type: form.type,
    prompt: form.prompt.trim(),
    explanation: form.explanation.trim(),
    points: earnsMarks(form.type) ? (parsePoints(form.points) ?? 1) : 0,
    options: formOptions(form),
  };
}

/** A draft question as the builder edits it. */
export function questionFormFromDraft(draft: QuestionData): QuestionForm {
  const form = { ...emptyQuestionForm(draft.type), prompt: draft.prompt, explanation: draft.explanation, points: String(draft.points) };
  return { ...form, ...questionType(draft.type).builder.fields(draft.options) };
}
