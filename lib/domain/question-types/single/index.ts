/**
 * Single choice: one option to pick. All or nothing on the chosen option's
 * `correct`, unless it has a GIFT `weight` (a percentage, possibly negative):
 * then the share is weight / 100, clamped to [0, 1].
 */
import type { z } from 'zod';
import {
  choiceFields,
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

export interface SingleResponse {
  type: 'single';
  /** null: no choice made. */
  optionKey: string | null;
}

const fileSchema = choiceFileObject('single').superRefine((question, ctx) => {
  const correct = question.options.flatMap((o, index) => (o.correct ? [index] : []));
  if (correct.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['options'], message: 'single choice needs exactly one correct option (found none)' });
  }
  for (const index of correct.slice(1)) {
    const message = `single choice needs exactly one correct option (found ${correct.length})`;
    ctx.addIssue({ code: 'custom', path: ['options', index, 'correct'], message });
  }
});

export const single: QuestionTypeModule<'single', SingleResponse, z.infer<typeof fileSchema>> = {
  type: 'single',
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
    chosen: (response) => (response.optionKey ? [response.optionKey] : []),
  },
  gift: {
    read: readChoiceGift,
    write: (options) => ({ lines: options.map((o) => giftLine(o.correct ? '=' : '~', o)) }),
  },
  builder: {
    empty: emptyChoices,
    issues(form) {
      const issues = choiceIssues(form, 'no-correct-single');
      const correct = form.choices.filter((c) => c.correct).length;
      if (correct > 1) issues.push({ field: 'choices', key: 'single-one-correct', values: { count: correct } });
      return issues;
    },
    options: formChoiceOptions,
    fields: choiceFields,
  },
  listing: { text: (o) => o.text, marksCorrect: true },
};
