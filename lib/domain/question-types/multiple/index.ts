/**
 * Multiple choice: tick every right option. If any option has a weight, the
 * share is the sum of the ticked options' weights (no weight counts as 0) /
 * 100, clamped to [0, 1]. Otherwise it is max(0, tickedRight / allRight −
 * tickedWrong / allWrong), so ticking everything earns nothing; a side with
 * no options contributes 0. GIFT has no weights-free form of it, so it is
 * written with weights Moodle accepts that grade it (nearly) the same way.
 */
import type { z } from 'zod';
import type { OptionData, QuestionSnapshot } from '../../quiz-snapshot';
import {
  blankChoices,
  choiceFields,
  choiceFormShape,
  type ChoiceFields,
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
import { giftLine, MOODLE_GRADES, moodleListsGrade } from '../gift-kit';
import { checkKeys, isStringArray } from '../kit';
import type { QuestionTypeModule } from '../types';
import { readChoices, writeChoices } from '../moodle-kit';

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

/**
 * GIFT's form of the weights-free rule, in grades Moodle lists (it refuses
 * others on import). Each right answer gets 100/right % when listed; with
 * 11–20 right answers the 100% is split into 10% and 5% shares instead.
 * Each wrong one gets the smallest listed penalty of at least 100/wrong %,
 * so ticking everything still earns nothing (with 11 wrong answers a wrong
 * tick costs 10% rather than 9.09%). More than 20 right answers cannot be
 * written in listed grades and keep 100/right %.
 */
export function giftWeights(options: readonly OptionData[]): number[] {
  const right = options.filter((o) => o.correct).length;
  const wrong = options.length - right;
  const even = 100 / right;
  const split = !moodleListsGrade(even) && right > 10 && right <= 20;
  const penalty = wrong === 0 ? 0 : -([...MOODLE_GRADES].reverse().find((grade) => grade >= 100 / wrong - 1e-4) ?? 100);
  let rightSeen = 0;
  return options.map((o) => {
    if (!o.correct) return penalty;
    rightSeen += 1;
    if (!split) return even;
    // a tens and b fives with a + b = right and 10a + 5b = 100.
    return rightSeen <= 20 - right ? 10 : 5;
  });
}

function giftLines(options: OptionData[]): string[] {
  if (options.some((o) => o.weight !== null)) return options.map((o) => giftLine('~', o));
  const weights = giftWeights(options);
  return options.map((o, index) => giftLine('~', o, weights[index] ?? 0));
}

export const multiple: QuestionTypeModule<'multiple', MultipleResponse, z.infer<typeof fileSchema>, ChoiceFields> = {
  type: 'multiple',
  grading: 'auto',
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
    chosen: (_question, response) => response.optionKeys,
  },
  gift: { read: readChoiceGift, write: (options) => ({ lines: giftLines(options) }) },
  moodleXml: {
    read: (data, kit) => (data.type === 'multichoice' && !data.single ? { type: 'multiple', options: readChoices(data, kit) } : null),
    write: (question, kit) => writeChoices(false, question.options, kit),
  },
  builder: {
    formShape: choiceFormShape,
    blank: blankChoices,
    empty: emptyChoices,
    issues: (form) => choiceIssues(form, 'no-correct-multiple'),
    options: formChoiceOptions,
    fields: choiceFields,
  },
  listing: { text: (o) => o.text, marksCorrect: true },
  translationList: 'options',
};
