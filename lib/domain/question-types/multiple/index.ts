/**
 * Multiple choice: tick every right option. If any option has a weight, the
 * share is the sum of the ticked options' weights (no weight counts as 0) /
 * 100, clamped to [0, 1]. Otherwise it is max(0, tickedRight / allRight −
 * tickedWrong / allWrong), so ticking everything earns nothing; a side with
 * no options contributes 0. GIFT has no weights-free form of it, so it is
 * written with the weights that grade it the same way.
 */
import type { z } from 'zod';
import type { OptionData, QuestionSnapshot } from '../../quiz-snapshot';
import {
  choiceFields,
  choiceFileFields,
  choiceFileObject,
  choiceFileOptions,
  choiceIssues,
  chosenTexts,
  correctTexts,
  emptyChoices,
  formChoiceOptions,
  readChoiceGift,
} from '../choice';
import { giftLine } from '../gift-kit';
import { checkKeys, isStringArray } from '../kit';
import type { QuestionTypeModule } from '../types';

export interface MultipleResponse {
  type: 'multiple';
  optionKeys: string[];
}

const fileSchema = choiceFileObject('multiple').refine((question) => question.options.some((o) => o.correct), {
  path: ['options'],
  message: 'multiple choice needs at least one correct option',
});

function fraction(question: QuestionSnapshot, optionKeys: string[]): number | null {
  const keys = new Set(optionKeys);
  if (keys.size === 0) return null;
  const selected = question.options.filter((o) => keys.has(o.key));
  if (question.options.some((o) => o.weight !== null)) {
    return Math.min(1, Math.max(0, selected.reduce((sum, o) => sum + (o.weight ?? 0), 0) / 100));
  }
  const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
  const totalCorrect = question.options.filter((o) => o.correct).length;
  const selectedCorrect = selected.filter((o) => o.correct).length;
  const selectedWrong = selected.length - selectedCorrect;
  return Math.max(0, share(selectedCorrect, totalCorrect) - share(selectedWrong, question.options.length - totalCorrect));
}

/** Each right answer 100/right %, each wrong one −100/wrong %: GIFT's form of the weights-free rule. */
function giftLines(options: OptionData[]): string[] {
  if (options.some((o) => o.weight !== null)) return options.map((o) => giftLine('~', o));
  const right = options.filter((o) => o.correct).length;
  const wrong = options.length - right;
  return options.map((o) => giftLine('~', o, o.correct ? 100 / right : -100 / wrong));
}

export const multiple: QuestionTypeModule<'multiple', MultipleResponse, z.infer<typeof fileSchema>> = {
  type: 'multiple',
  fileSchema,
  fileOptions: choiceFileOptions,
  fileFields: choiceFileFields,
  parseResponse(question, { optionKeys }) {
    if (!isStringArray(optionKeys)) return { error: 'optionKeys must be an array of strings' };
    const error = checkKeys(question, optionKeys);
    return error ? { error } : { type: 'multiple', optionKeys: [...optionKeys] };
  },
  fraction: (question, response) => fraction(question, response.optionKeys),
  keyResponse: (question) => ({
    type: 'multiple',
    optionKeys: question.options.filter((o) => (o.weight ?? (o.correct ? 1 : 0)) > 0).map((o) => o.key),
  }),
  layout: { shown: (question) => question.options, shuffle: 'quiz' },
  review: {
    answer: (question, response) => chosenTexts(question, response.optionKeys),
    correct: correctTexts,
    chosen: (response) => response.optionKeys,
  },
  gift: { read: readChoiceGift, write: (options) => ({ lines: giftLines(options) }) },
  builder: {
    empty: emptyChoices,
    issues: (form) => choiceIssues(form, 'no-correct-multiple'),
    options: formChoiceOptions,
    fields: choiceFields,
  },
  listing: { text: (o) => o.text, marksCorrect: true },
};
