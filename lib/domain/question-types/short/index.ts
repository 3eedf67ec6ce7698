/**
 * Short answer: typed text, right when it equals any accepted answer (the
 * options marked `correct`) once both are normalised by {@link normaliseAnswer}.
 */
import { z } from 'zod';
import { questionFileBase, requiredText } from '../file-schema';
import { giftLine } from '../gift-kit';
import { duplicate, giftFail, isAnswerList, isProblem, option, textIssues } from '../kit';
import type { GiftBlock, GiftRead, QuestionTypeModule } from '../types';

export interface ShortResponse {
  type: 'short';
  text: string;
}

/** Longest short-answer text accepted, in UTF-16 code units. */
export const MAX_SHORT_ANSWER_LENGTH = 500;

/**
 * Text as compared for short answers: Unicode NFKC (full-width letters equal
 * ASCII ones), trimmed, inner whitespace collapsed to one space,
 * locale-independent lower case.
 */
export function normaliseAnswer(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

const fileSchema = z.strictObject({
  ...questionFileBase,
  type: z.literal('short'),
  accepted: z
    // YAML reads `- 1998` as a number; an accepted answer is always text.
    .array(z.preprocess((value) => (typeof value === 'number' ? String(value) : value), requiredText))
    .min(1, 'give at least one accepted answer'),
});

/** Only `=` answers, no pairs: GIFT's short answer. Every accepted answer is worth 100%. */
function read(block: GiftBlock): GiftRead | null {
  if (!isAnswerList(block.body)) return null;
  const answers = block.answers();
  if (isProblem(answers)) return { ok: false, problems: [answers] };
  if (answers.some((a) => a.text.includes('->')) || !answers.every((a) => a.marker === '=')) return null;
  const partial = answers.find((a) => a.weight !== null && a.weight !== 100);
  if (partial) return giftFail(partial.offset, 'partial credit for a short answer is not supported: every accepted answer is worth 100%');
  const twice = duplicate(answers.map((a) => a.text));
  if (twice !== null) return giftFail(answers[0]?.offset ?? 0, `the accepted answer "${twice}" is listed twice`);
  return { ok: true, type: 'short', options: answers.map((a) => option(a.text, true, { feedback: a.feedback })) };
}

export const short: QuestionTypeModule<'short', ShortResponse, z.infer<typeof fileSchema>> = {
  type: 'short',
  fileSchema,
  fileOptions: (file) => file.accepted.map((answer) => option(answer, true)),
  fileFields: (options) => ({ accepted: options.filter((o) => o.correct).map((o) => o.text) }),
  parseResponse(_question, { text }) {
    if (typeof text !== 'string') return { error: 'text must be a string' };
    if (text.length > MAX_SHORT_ANSWER_LENGTH) return { error: `text is longer than ${MAX_SHORT_ANSWER_LENGTH} characters` };
    return { type: 'short', text };
  },
  keyResponse: (question) => ({ type: 'short', text: question.options.find((o) => o.correct && (o.weight ?? 100) >= 100)?.text ?? '' }),
  fraction(question, response) {
    const answer = normaliseAnswer(response.text);
    if (answer === '') return null;
    return question.options.some((o) => o.correct && normaliseAnswer(o.text) === answer) ? 1 : 0;
  },
  // The options are the answers: none is shown.
  layout: { shown: () => [], shuffle: 'never' },
  review: {
    answer: (_question, response) => (response.text.trim() ? [response.text] : []),
    correct: (question) => question.options.filter((o) => o.correct).map((o) => o.text),
    chosen: () => [],
  },
  gift: { read, write: (options) => ({ lines: options.map((o) => giftLine('=', o, null)) }) },
  builder: {
    empty: () => ({ accepted: [''] }),
    issues(form) {
      if (form.accepted.length === 0) return [{ field: 'accepted', key: 'accepted-required' }];
      return textIssues(form.accepted, 'accepted', 'accepted-blank', 'accepted-duplicate', normaliseAnswer);
    },
    options: (form) => form.accepted.map((answer) => option(answer.trim(), true)),
    fields: (options) => ({ accepted: options.filter((o) => o.correct).map((o) => o.text) }),
  },
  listing: { text: (o) => o.text, marksCorrect: false },
};
