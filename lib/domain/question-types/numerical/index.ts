/**
 * Numerical: a typed number, right when it lies within an answer's
 * tolerance (`text` the value, `match` the tolerance). The share is the best
 * matching answer's weight / 100 (no weight: 100%); a `*` answer stands for
 * any other number (worth its weight, usually 0, and carrying feedback).
 * Responses are read leniently by {@link readNumber}; a text that is not a
 * number earns nothing. Units are not asked for.
 */
import { z } from 'zod';
import type { OptionData, OptionSnapshot, QuestionSnapshot } from '../../quiz-snapshot';
import { questionFileBase } from '../file-schema';
import { option, TEXT_MAX } from '../kit';
import { formList, formText } from '../form-schema';
import type { FormIssue, QuestionTypeModule } from '../types';

/** One numerical answer row, as typed (so a bad value can be shown back). */
export interface AnswerForm {
  value: string;
  tolerance: string;
  /** Percentage of the marks, 100 for a right answer. */
  weight: string;
  feedback: string;
}

/** A numerical question's field of the builder's form: its answer rows. */
export interface NumericalFields {
  answers: AnswerForm[];
}
import { readNumericalGift, writeNumericalGift } from './gift';
import { MAX_NUMBER_LENGTH, numberText, readNumber, withinTolerance } from './number';
import { numericalMoodleXml } from './moodle';

export { readNumber } from './number';

export interface NumericalResponse {
  type: 'numerical';
  /** As typed; read by {@link readNumber} when graded. */
  text: string;
}

const answerSchema = z.strictObject({
  /** The number, or `*` for any other number. */
  value: z.union([z.number(), z.literal('*')]),
  tolerance: z.number().min(0).default(0),
  weight: z.number().min(0).max(100).default(100),
  feedback: z.string().trim().default(''),
});

const fileSchema = z
  .strictObject({ ...questionFileBase, type: z.literal('numerical'), answers: z.array(answerSchema).min(1, 'give at least one answer') })
  .refine((question) => question.answers.some((a) => a.value !== '*' && a.weight === 100), {
    path: ['answers'],
    message: 'one numerical answer must be worth 100%',
  });

/** An answer's share: its weight, else 100% when correct. */
const share = (o: OptionData) => (o.weight ?? (o.correct ? 100 : 0)) / 100;

/** The answer a typed number earns: the best one it lies within, else the `*` answer; undefined for none or a non-number. */
function matched(question: QuestionSnapshot, text: string): OptionSnapshot | undefined {
  const read = readNumber(text);
  if ('problem' in read) return undefined;
  let best: OptionSnapshot | undefined;
  for (const o of question.options) {
    if (o.text === '*' || !withinTolerance(read.value, Number(o.text), Number(o.match ?? 0))) continue;
    if (!best || share(o) > share(best)) best = o;
  }
  return best ?? question.options.find((o) => o.text === '*');
}

function fraction(question: QuestionSnapshot, text: string): number | null {
  const read = readNumber(text);
  if ('problem' in read && read.problem === 'empty') return null;
  const answer = matched(question, text);
  return answer ? share(answer) : 0;
}

/** A value as the correct-answer list shows it: `3.14 ± 0.01`, or `3`. */
const answerText = (o: OptionData) => (Number(o.match ?? 0) > 0 ? `${o.text} ± ${o.match}` : o.text);

const blankAnswer = (): AnswerForm => ({ value: '', tolerance: '0', weight: '100', feedback: '' });

/** A typed weight, tolerance or value as a number, or null. */
const typed = (text: string) => {
  const read = readNumber(text);
  return 'value' in read ? read.value : null;
};

function answerIssues(form: NumericalFields): FormIssue[] {
  if (form.answers.length === 0) return [{ field: 'answers', key: 'answers-required' }];
  const issues: FormIssue[] = [];
  form.answers.forEach((answer, index) => {
    const at = `answers.${index}`;
    if (answer.value.trim() !== '*' && typed(answer.value) === null) issues.push({ field: `${at}.value`, key: 'answer-not-number' });
    const tolerance = typed(answer.tolerance === '' ? '0' : answer.tolerance);
    if (tolerance === null || tolerance < 0) issues.push({ field: `${at}.tolerance`, key: 'tolerance-range' });
    const weight = typed(answer.weight);
    if (weight === null || weight < 0 || weight > 100) issues.push({ field: `${at}.weight`, key: 'weight-range' });
    if (answer.feedback.length > TEXT_MAX) issues.push({ field: `${at}.feedback`, key: 'text-too-long', values: { max: TEXT_MAX } });
  });
  if (!form.answers.some((a) => a.value.trim() !== '*' && typed(a.weight) === 100))
    issues.push({ field: 'answers', key: 'answers-none-full' });
  return issues;
}

function formOption(answer: AnswerForm): OptionData {
  const weight = typed(answer.weight) ?? 0;
  const feedback = answer.feedback.trim();
  if (answer.value.trim() === '*') return option('*', false, { weight, feedback });
  const value = numberText(typed(answer.value) ?? 0);
  const tolerance = numberText(typed(answer.tolerance === '' ? '0' : answer.tolerance) ?? 0);
  return option(value, weight === 100, { weight: weight === 100 ? null : weight, match: tolerance, feedback });
}

export const numerical: QuestionTypeModule<'numerical', NumericalResponse, z.infer<typeof fileSchema>, NumericalFields> = {
  type: 'numerical',
  grading: 'auto',
  fileSchema,
  fileOptions: (file) =>
    file.answers.map((a) =>
      a.value === '*'
        ? option('*', false, { weight: a.weight, feedback: a.feedback })
        : option(numberText(a.value), a.weight === 100, {
            weight: a.weight === 100 ? null : a.weight,
            match: numberText(a.tolerance),
            feedback: a.feedback,
          }),
    ),
  fileFields: (options) => ({
    answers: options.map((o) => ({
      value: o.text === '*' ? ('*' as const) : Number(o.text),
      tolerance: Number(o.match ?? 0),
      weight: o.weight ?? (o.correct ? 100 : 0),
      feedback: o.feedback,
    })),
  }),
  parseResponse(_question, { text }) {
    if (typeof text !== 'string') return { error: 'text must be a string' };
    if (text.length > MAX_NUMBER_LENGTH) return { error: `text is longer than ${MAX_NUMBER_LENGTH} characters` };
    return { type: 'numerical', text };
  },
  fraction: (question, response) => fraction(question, response.text),
  keyResponse: (question) => ({ type: 'numerical', text: question.options.find((o) => o.correct && o.text !== '*' && (o.weight ?? 100) >= 100)?.text ?? '' }),
  layout: { shown: () => [], shuffle: 'never' },
  review: {
    answer: (_question, response) => (response.text.trim() ? [response.text.trim()] : []),
    correct: (question) => question.options.filter((o) => o.correct).map(answerText),
    chosen: (question, response) => {
      const answer = matched(question, response.text);
      return answer ? [answer.key] : [];
    },
  },
  gift: { read: readNumericalGift, write: writeNumericalGift },
  moodleXml: numericalMoodleXml,
  builder: {
    formShape: {
      answers: formList(z.object({ value: z.string().max(50), tolerance: z.string().max(50), weight: z.string().max(20), feedback: formText })),
    },
    blank: () => ({ answers: [] }),
    empty: () => ({ answers: [blankAnswer()] }),
    issues: answerIssues,
    options: (form) => form.answers.map(formOption),
    fields: (options) => ({
      answers: options.map((o) => ({
        value: o.text,
        tolerance: o.match ?? '0',
        weight: String(o.weight ?? (o.correct ? 100 : 0)),
        feedback: o.feedback,
      })),
    }),
  },
  listing: { text: (o) => (o.text === '*' ? '*' : answerText(o)), marksCorrect: false },
  translationList: null,
};
