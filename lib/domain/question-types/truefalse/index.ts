/**
 * True/false: a statement that is true or false, stored as the options
 * "True" and "False" (shown in that order, never shuffled), graded like a
 * single choice. GIFT writes it `{T}` / `{FALSE#wrong feedback#right feedback}`.
 */
import { z } from 'zod';
import type { OptionData } from '../../quiz-snapshot';
import { choiceFraction, chosenTexts, correctTexts } from '../choice';
import { questionFileBase } from '../file-schema';
import { giftPlain, giftText } from '../gift-kit';
import { checkKeys, giftFail, option } from '../kit';
import type { GiftBlock, GiftRead, QuestionTypeModule } from '../types';


export interface TrueFalseResponse {
  type: 'truefalse';
  /** null: no choice made. */
  optionKey: string | null;
}

const fileSchema = z.strictObject({ ...questionFileBase, type: z.literal('truefalse'), answer: z.boolean() });

const TRUE_FALSE = /^(T|TRUE|F|FALSE)$/i;
const trueOption = (options: OptionData[]) => options.find((o) => o.text === 'True') ?? options[0];

function read(block: GiftBlock): GiftRead | null {
  const [answer = '', wrong = '', right = '', ...extra] = block.body.split('#');
  if (!TRUE_FALSE.test(answer.trim())) return null;
  if (extra.length > 0)
    return giftFail(block.at, 'a true/false answer takes at most two feedbacks: {T#wrong answer feedback#right answer feedback}');
  const isTrue = /^T/i.test(answer.trim());
  const [trueFeedback, falseFeedback] = isTrue ? [giftPlain(right), giftPlain(wrong)] : [giftPlain(wrong), giftPlain(right)];
  return {
    ok: true,
    type: 'truefalse',
    options: [option('True', isTrue, { feedback: trueFeedback }), option('False', !isTrue, { feedback: falseFeedback })],
  };
}

function write(options: OptionData[]): { inline: string } {
  const answer = trueOption(options)?.correct ?? true;
  const right = options.find((o) => o.correct)?.feedback.trim() ?? '';
  const wrong = options.find((o) => !o.correct)?.feedback.trim() ?? '';
  const feedbacks = right !== '' ? `#${giftText(wrong)}#${giftText(right)}` : wrong !== '' ? `#${giftText(wrong)}` : '';
  return { inline: `${answer ? 'TRUE' : 'FALSE'}${feedbacks}` };
}

/** A true/false question's field of the builder's form: whether the statement is true (null: not chosen yet). */
export interface TrueFalseFields {
  answer: boolean | null;
}

export const truefalse: QuestionTypeModule<'truefalse', TrueFalseResponse, z.infer<typeof fileSchema>, TrueFalseFields> = {
  type: 'truefalse',
  grading: 'auto',
  fileSchema,
  fileOptions: (file) => [option('True', file.answer), option('False', !file.answer)],
  fileFields: (options) => ({ answer: trueOption(options)?.correct ?? true }),
  parseResponse(question, { optionKey }) {
    if (optionKey === null) return { type: 'truefalse', optionKey: null };
    if (typeof optionKey !== 'string') return { error: 'optionKey must be a string or null' };
    const error = checkKeys(question, [optionKey]);
    return error ? { error } : { type: 'truefalse', optionKey };
  },
  fraction: (question, response) => choiceFraction(question, response.optionKey),
  keyResponse: (question) => ({ type: 'truefalse', optionKey: question.options.find((o) => o.correct)?.key ?? null }),
  layout: { shown: (question) => question.options, shuffle: 'never', ownTexts: { True: 'true', False: 'false' } },
  review: {
    answer: (question, response) => chosenTexts(question, response.optionKey ? [response.optionKey] : []),
    correct: correctTexts,
    chosen: (_question, response) => (response.optionKey ? [response.optionKey] : []),
  },
  gift: { read, write },
  moodleXml: {
    read(data, kit) {
      if (data.type !== 'truefalse') return null;
      if (data.feedbackTrue.text !== '' || data.feedbackFalse.text !== '') kit.warn('the true/false answer feedback is not kept');
      return { type: 'truefalse', answer: data.correctAnswer };
    },
    write: (question, kit) => ({ type: 'truefalse', correctAnswer: question.answer, feedbackTrue: kit.text(''), feedbackFalse: kit.text('') }),
  },
  builder: {
    formShape: { answer: z.boolean().nullable() },
    blank: () => ({ answer: null }),
    empty: () => ({}),
    issues: (form) => (form.answer === null ? [{ field: 'answer', key: 'answer-required' }] : []),
    options: (form) => [option('True', form.answer === true), option('False', form.answer === false)],
    fields: (options) => {
      const truth = trueOption(options);
      return { answer: truth ? truth.correct : null };
    },
  },
  listing: { text: (o) => o.text, marksCorrect: true },
  translationList: null,
};
