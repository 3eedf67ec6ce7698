/**
 * The quiz builder's question form: what an author edits for each of the six
 * question types, the problems to show before anything is saved, and the
 * conversions to and from the draft rows (options carry every type's data,
 * see `question_options`). Messages are catalog keys (authoring.errors.*).
 */
import type { QuestionType } from '@/db/schema/content';
import type { OptionDraft, QuestionDraft } from '@/lib/content/snapshot';
import { normaliseAnswer } from './grading';

export interface ChoiceForm {
  text: string;
  correct: boolean;
  feedback: string;
  /** A GIFT-style percentage kept from imported questions; the builder does not edit it. */
  weight: number | null;
}

/** One question as the builder edits it; only the part its type uses matters. */
export interface QuestionForm {
  type: QuestionType;
  prompt: string;
  explanation: string;
  /** As typed, so a bad value can be shown back. */
  points: string;
  choices: ChoiceForm[];
  answer: boolean | null;
  accepted: string[];
  pairs: { left: string; right: string }[];
  items: string[];
}

/** A problem with one field; `field` is a dotted path such as `choices.2.text`. */
export interface FormIssue {
  field: string;
  key: string;
  values?: Record<string, string | number>;
}

export const PROMPT_MAX = 2000;
export const TEXT_MAX = 500;
export const MIN_CHOICES = 2;
export const MIN_PAIRS = 2;
export const MIN_ITEMS = 2;

const blankChoice = (): ChoiceForm => ({ text: '', correct: false, feedback: '', weight: null });

/** A new, empty question of a type, with the rows the type needs to start from. */
export function emptyQuestionForm(type: QuestionType): QuestionForm {
  return {
    type,
    prompt: '',
    explanation: '',
    points: '1',
    choices: type === 'single' || type === 'multiple' ? [blankChoice(), blankChoice(), blankChoice()] : [],
    answer: null,
    accepted: type === 'short' ? [''] : [],
    pairs:
      type === 'matching'
        ? [
            { left: '', right: '' },
            { left: '', right: '' },
          ]
        : [],
    items: type === 'ordering' ? ['', '', ''] : [],
  };
}

/** Points as a number, or null when not a number in (0, 100]. */
export function parsePoints(points: string): number | null {
  const value = Number(points.trim());
  return points.trim() !== '' && Number.isFinite(value) && value > 0 && value <= 100 ? value : null;
}

function textIssues(list: string[], field: string, blankKey: string, duplicateKey: string, same = (a: string) => a.trim()): FormIssue[] {
  const issues: FormIssue[] = [];
  const seen = new Set<string>();
  list.forEach((text, index) => {
    const path = `${field}.${index}`;
    if (text.trim() === '') issues.push({ field: path, key: blankKey });
    else if (text.length > TEXT_MAX) issues.push({ field: path, key: 'text-too-long', values: { max: TEXT_MAX } });
    else if (seen.has(same(text))) issues.push({ field: path, key: duplicateKey, values: { text: text.trim() } });
    seen.add(same(text));
  });
  return issues;
}

function choiceIssues(form: QuestionForm): FormIssue[] {
  if (form.choices.length < MIN_CHOICES) return [{ field: 'choices', key: 'choices-too-few', values: { min: MIN_CHOICES } }];
  const issues = textIssues(
    form.choices.map((choice) => choice.text),
    'choices',
    'choice-text-required',
    'choice-duplicate',
  ).map((issue) => ({ ...issue, field: `${issue.field}.text` }));
  form.choices.forEach((choice, index) => {
    if (choice.feedback.length > TEXT_MAX)
      issues.push({ field: `choices.${index}.feedback`, key: 'text-too-long', values: { max: TEXT_MAX } });
  });
  const correct = form.choices.filter((choice) => choice.correct).length;
  if (correct === 0) issues.push({ field: 'choices', key: form.type === 'single' ? 'no-correct-single' : 'no-correct-multiple' });
  if (form.type === 'single' && correct > 1) issues.push({ field: 'choices', key: 'single-one-correct', values: { count: correct } });
  return issues;
}

function pairIssues(form: QuestionForm): FormIssue[] {
  if (form.pairs.length < MIN_PAIRS) return [{ field: 'pairs', key: 'pairs-too-few', values: { min: MIN_PAIRS } }];
  const lefts = textIssues(
    form.pairs.map((pair) => pair.left),
    'pairs',
    'pair-left-required',
    'pair-left-duplicate',
  ).map((issue) => ({ ...issue, field: `${issue.field}.left` }));
  const rights = textIssues(
    form.pairs.map((pair) => pair.right),
    'pairs',
    'pair-right-required',
    'pair-right-duplicate',
  ).map((issue) => ({ ...issue, field: `${issue.field}.right` }));
  return [...lefts, ...rights];
}

function typeIssues(form: QuestionForm): FormIssue[] {
  switch (form.type) {
    case 'single':
    case 'multiple':
      return choiceIssues(form);
    case 'truefalse':
      return form.answer === null ? [{ field: 'answer', key: 'answer-required' }] : [];
    case 'short':
      if (form.accepted.length === 0) return [{ field: 'accepted', key: 'accepted-required' }];
      return textIssues(form.accepted, 'accepted', 'accepted-blank', 'accepted-duplicate', normaliseAnswer);
    case 'matching':
      return pairIssues(form);
    case 'ordering':
      if (form.items.length < MIN_ITEMS) return [{ field: 'items', key: 'items-too-few', values: { min: MIN_ITEMS } }];
      return textIssues(form.items, 'items', 'item-required', 'item-duplicate');
  }
}

/** Every problem with a question form, in the order the form shows its fields. */
export function questionIssues(form: QuestionForm): FormIssue[] {
  const issues: FormIssue[] = [];
  if (form.prompt.trim() === '') issues.push({ field: 'prompt', key: 'prompt-required' });
  else if (form.prompt.length > PROMPT_MAX) issues.push({ field: 'prompt', key: 'text-too-long', values: { max: PROMPT_MAX } });
  if (parsePoints(form.points) === null) issues.push({ field: 'points', key: 'points-range', values: { value: form.points.trim() } });
  issues.push(...typeIssues(form));
  if (form.explanation.trim() === '') issues.push({ field: 'explanation', key: 'explanation-required' });
  else if (form.explanation.length > PROMPT_MAX) issues.push({ field: 'explanation', key: 'text-too-long', values: { max: PROMPT_MAX } });
  return issues;
}

const option = (text: string, correct: boolean, extra: Partial<OptionDraft> = {}): OptionDraft => ({
  text: text.trim(),
  correct,
  weight: null,
  match: null,
  feedback: '',
  ...extra,
});

/** The draft options of a valid form (see `lib/content/quiz-draft.ts` for the same layout from files). */
export function formOptions(form: QuestionForm): OptionDraft[] {
  switch (form.type) {
    case 'single':
    case 'multiple':
      return form.choices.map((c) => option(c.text, c.correct, { feedback: c.feedback.trim(), weight: c.weight }));
    case 'truefalse':
      return [option('True', form.answer === true), option('False', form.answer === false)];
    case 'short':
      return form.accepted.map((answer) => option(answer, true));
    case 'matching':
      return form.pairs.map((pair) => option(pair.left, true, { match: pair.right.trim() }));
    case 'ordering':
      return form.items.map((item) => option(item, true));
  }
}

/** A valid form as a draft question with the given key. Check {@link questionIssues} first. */
export function questionDraftFromForm(form: QuestionForm, key: string): QuestionDraft {
  return {
    key,
    type: form.type,
    prompt: form.prompt.trim(),
    explanation: form.explanation.trim(),
    points: parsePoints(form.points) ?? 1,
    options: formOptions(form),
  };
}

/** A draft question as the builder edits it. */
export function questionFormFromDraft(draft: QuestionDraft): QuestionForm {
  const form = { ...emptyQuestionForm(draft.type), prompt: draft.prompt, explanation: draft.explanation, points: String(draft.points) };
  switch (draft.type) {
    case 'single':
    case 'multiple':
      return { ...form, choices: draft.options.map(({ text, correct, feedback, weight }) => ({ text, correct, feedback, weight })) };
    case 'truefalse': {
      const trueOption = draft.options.find((o) => o.text === 'True') ?? draft.options[0];
      return { ...form, answer: trueOption ? trueOption.correct : null };
    }
    case 'short':
      return { ...form, accepted: draft.options.filter((o) => o.correct).map((o) => o.text) };
    case 'matching':
      return { ...form, pairs: draft.options.filter((o) => o.match !== null).map((o) => ({ left: o.text, right: o.match ?? '' })) };
    case 'ordering':
      return { ...form, items: draft.options.map((o) => o.text) };
  }
}
