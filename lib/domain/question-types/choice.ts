/**
 * What single and multiple choice share: options with a correct flag, an
 * optional GIFT weight and feedback, in the file, the builder and GIFT.
 */
import { z } from 'zod';
import type { OptionData, QuestionSnapshot } from '../quiz-snapshot';
import { questionFileBase, requiredText, uniqueBy } from './file-schema';
import { giftPercent } from './gift-kit';
import { duplicate, giftFail, isAnswerList, isProblem, option, optionText, textIssues, TEXT_MAX } from './kit';
import { choiceFormSchema, formList } from './form-schema';
import type { ChoiceForm, FormIssue, GiftAnswer, GiftBlock, GiftRead } from './types';

/** Fewest choices a single or multiple choice question may have. */
const MIN_CHOICES = 2;

const choiceOptionSchema = z.strictObject({
  text: requiredText,
  correct: z.boolean().default(false),
  feedback: z.string().trim().default(''),
  /** A GIFT percentage (may be negative); see lib/domain/grading.ts for how weights grade. */
  weight: z.number().min(-100).max(100).optional(),
});
type ChoiceOption = z.infer<typeof choiceOptionSchema>;

const choiceOptions = z
  .array(choiceOptionSchema)
  .min(2, 'give at least 2 options')
  .superRefine(uniqueBy<ChoiceOption>('option', (o) => o.text));

/** The strict file question of a choice type, before its own refinement. */
export const choiceFileObject = <T extends 'single' | 'multiple'>(type: T) =>
  z.strictObject({ ...questionFileBase, type: z.literal(type), options: choiceOptions });

/** A file question's choices as options (a missing weight is null). */
export const choiceFileOptions = (file: { options: ChoiceOption[] }): OptionData[] =>
  file.options.map((c) => option(c.text, c.correct, { feedback: c.feedback, weight: c.weight ?? null }));

/** Options back as a file question's choices; a null weight is left out. */
export const choiceFileFields = (options: OptionData[]) => ({
  options: options.map(({ text, correct, feedback, weight }) => ({ text, correct, feedback, ...(weight === null ? {} : { weight }) })),
});

/** The chosen option's share: its weight / 100 clamped to [0, 1] when weighted, else 1 or 0 by `correct`; null for no choice. */
export function choiceFraction(question: QuestionSnapshot, optionKey: string | null): number | null {
  if (optionKey === null) return null;
  const chosen = question.options.find((o) => o.key === optionKey);
  if (!chosen) return 0;
  if (chosen.weight !== null) return Math.min(1, Math.max(0, chosen.weight / 100));
  return chosen.correct ? 1 : 0;
}

/** The texts of the options a response chose, in the order chosen. */
export const chosenTexts = (question: QuestionSnapshot, keys: string[]) => keys.map((key) => optionText(question, key));
/** The texts of the correct options, in authored order. */
export const correctTexts = (question: QuestionSnapshot) => question.options.filter((o) => o.correct).map((o) => o.text);

/** A choice question's fields of the builder's form. */
export interface ChoiceFields {
  choices: ChoiceForm[];
}

/** The form fields of a choice question, as the builder sends them. */
export const choiceFormShape = { choices: formList(choiceFormSchema) };

/** No choices (a form of another type). */
export const blankChoices = (): ChoiceFields => ({ choices: [] });

const blankChoice = (): ChoiceForm => ({ text: '', correct: false, feedback: '', weight: null });
/** A new choice question starts with three blank choices. */
export const emptyChoices = () => ({ choices: [blankChoice(), blankChoice(), blankChoice()] });

/** Too few, blank, repeated or too long choices, and no correct one. */
export function choiceIssues(form: ChoiceFields, noCorrectKey: string): FormIssue[] {
  if (form.choices.length < MIN_CHOICES) return [{ field: 'choices', key: 'choices-too-few', values: { min: MIN_CHOICES } }];
  const texts = form.choices.map((c) => c.text);
  const issues = textIssues(texts, 'choices', 'choice-text-required', 'choice-duplicate').map((issue) => ({
    ...issue,
    field: `${issue.field}.text`,
  }));
  form.choices.forEach((choice, index) => {
    if (choice.feedback.length > TEXT_MAX)
      issues.push({ field: `choices.${index}.feedback`, key: 'text-too-long', values: { max: TEXT_MAX } });
  });
  if (!form.choices.some((c) => c.correct)) issues.push({ field: 'choices', key: noCorrectKey });
  return issues;
}

/** A valid form's choices as options, texts and feedback trimmed, imported weights kept. */
export const formChoiceOptions = (form: ChoiceFields): OptionData[] =>
  form.choices.map((c) => option(c.text.trim(), c.correct, { feedback: c.feedback.trim(), weight: c.weight }));

/** Stored options back as the builder's choices. */
export const choiceFields = (options: OptionData[]) => ({
  choices: options.map(({ text, correct, feedback, weight }) => ({ text, correct, feedback, weight })),
});

const TOLERANCE = 0.01;
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const near100 = (weight: number) => Math.abs(weight - 100) < TOLERANCE;

/**
 * Multiple choice, as Moodle's `qformat_gift` reads it: a block with a `~`
 * is multiple choice (checked before `->`, so `=p->x ~p.x` is a choice).
 * With an `=` answer it is single-select: every `=` answer is worth 100%
 * (so `{=2 =3 ~4}` accepts either), `~` answers may carry partial or
 * negative weights. Without `=` it is multiple-answer: the positive weights
 * of the right answers must add up to 100% (Moodle refuses the question
 * otherwise when saving it).
 */
export function readChoiceGift(block: GiftBlock): GiftRead | null {
  if (!isAnswerList(block.body)) return null;
  const answers = block.answers();
  if (isProblem(answers)) return { ok: false, problems: [answers] };
  if (!answers.some((a) => a.marker === '~')) return null;
  const offset = answers[0]?.offset ?? 0;
  if (answers.length < 2) return giftFail(offset, 'a multiple-choice question needs at least 2 answers');
  const twice = duplicate(answers.map((a) => a.text));
  if (twice !== null) return giftFail(offset, `the answer "${twice}" is listed twice`);
  const effective = answers.map((a) => a.weight ?? (a.marker === '=' ? 100 : 0));
  const toOption = (a: GiftAnswer, correct: boolean) => option(a.text, correct, { weight: a.weight, feedback: a.feedback });
  if (answers.some((a) => a.marker === '=')) {
    if (!effective.some(near100)) return giftFail(offset, 'no answer is worth 100%: mark the right answer with = and no weight');
    return { ok: true, type: 'single', options: answers.map((a, i) => toOption(a, near100(effective[i] ?? 0))) };
  }
  const positive = effective.filter((weight) => weight > 0);
  if (positive.length === 0) return giftFail(offset, 'no right answer: mark it with = or give right answers weights such as ~%50%');
  if (Math.abs(sum(positive) - 100) > TOLERANCE) {
    const total = giftPercent(sum(positive)).slice(1);
    return giftFail(offset, `the right answers' weights add up to ${total}; they must add up to 100%`);
  }
  return { ok: true, type: 'multiple', options: answers.map((a, i) => toOption(a, (effective[i] ?? 0) > 0)) };
}
