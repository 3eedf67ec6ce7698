/**
 * Single choice: one option to pick. All or nothing on the chosen option's
 * `correct` (several may be right, as Moodle allows), unless it has a GIFT `weight` (a percentage, possibly negative):
 * then the share is weight / 100, clamped to [0, 1].
 */
import type { z } from 'zod';
import {
  blankChoices,
  choiceFields,
  choiceFormShape,
  type ChoiceFields,
  choiceFileFields,
  choiceFileObject,
  choiceFileOptions,
  choiceIssues,
  choiceFraction,
  chosenTexts,
  correctTexts,
  emptyChoices,
  formChoiceOptions,
  readChoiceGift,
} from '../choice';
import { giftLine } from '../gift-kit';
import { checkKeys } from '../kit';
import type { QuestionTypeModule } from '../types';
import { readChoices, writeChoices } from '../moodle-kit';

export interface SingleResponse {
  type: 'single';
  /** null: no choice made. */
  optionKey: string | null;
}

// As in Moodle, several options may be right, each worth full marks (`{=2 =3 ~4}`).
const fileSchema = choiceFileObject('single').refine((question) => question.options.some((o) => o.correct), {
  path: ['options'],
  message: 'single choice needs at least one correct option',
});

export const single: QuestionTypeModule<'single', SingleResponse, z.infer<typeof fileSchema>, ChoiceFields> = {
  type: 'single',
  grading: 'auto',
  fileSchema,
  fileOptions: choiceFileOptions,
  fileFields: choiceFileFields,
  parseResponse(question, { optionKey }) {
    if (optionKey === null) return { type: 'single', optionKey: null };
    if (typeof optionKey !== 'string') return { error: 'optionKey must be a string or null' };
    const error = checkKeys(question, [optionKey]);
    return error ? { error } : { type: 'single', optionKey };
  },
  fraction: (question, response) => choiceFraction(question, response.optionKey),
  keyResponse: (question) => ({ type: 'single', optionKey: question.options.length ? question.options.reduce((top, o) => ((o.weight ?? (o.correct ? 100 : 0)) > (top.weight ?? (top.correct ? 100 : 0)) ? o : top), question.options[0]!).key : null }),
  layout: { shown: (question) => question.options, shuffle: 'quiz' },
  review: {
    answer: (question, response) => chosenTexts(question, response.optionKey ? [response.optionKey] : []),
    correct: correctTexts,
    chosen: (_question, response) => (response.optionKey ? [response.optionKey] : []),
  },
  gift: {
    read: readChoiceGift,
    write: (options) => ({ lines: options.map((o) => giftLine(o.correct ? '=' : '~', o)) }),
  },
  moodleXml: {
    read: (data, kit) => (data.type === 'multichoice' && data.single ? { type: 'single', options: readChoices(data, kit) } : null),
    write: (question, kit) => writeChoices(true, question.options, kit),
  },
  builder: {
    formShape: choiceFormShape,
    blank: blankChoices,
    empty: emptyChoices,
    issues: (form) => choiceIssues(form, 'no-correct-single'),
    options: formChoiceOptions,
    fields: choiceFields,
  },
  listing: { text: (o) => o.text, marksCorrect: true },
  translationList: 'options',
};
