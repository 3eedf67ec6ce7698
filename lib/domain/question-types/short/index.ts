/**
 * Short answer: typed text, compared with each accepted answer as Moodle
 * does (./wildcard.ts): `*` in an answer matches any text (so `*` alone
 * catches every other answer), `\*` is a literal star, and case is ignored
 * unless the question's answers are marked case-sensitive (Moodle's
 * `usecase`, `caseSensitive: true` in quiz.yaml). The share is the best
 * matching answer's weight / 100 (no weight: 100% when `correct`), 0 when
 * none matches.
 */
import { z } from 'zod';
import { MAX_SHORT_ANSWER_LENGTH } from '../answer-limits';
import { questionFileBase, requiredText } from '../file-schema';
import { giftLine } from '../gift-kit';
import type { OptionData, QuestionSnapshot } from '../../quiz-snapshot';
import { duplicate, giftFail, isAnswerList, isProblem, option, textIssues } from '../kit';
import { blankChoices, choiceFormShape, type ChoiceFields } from '../choice';
import { formList, formText } from '../form-schema';
import type { GiftBlock, GiftRead, QuestionTypeModule } from '../types';

/**
 * A short answer's fields of the builder's form: the full-credit answers it
 * edits, every stored answer as a choice row (keeping imported partial
 * credit and feedback), and whether case matters (Moodle's `usecase`).
 */
export interface ShortFields extends ChoiceFields {
  accepted: string[];
  caseSensitive?: boolean;
}
import { shortMoodleXml } from './moodle';
import { CASE_SENSITIVE, matchesAnswer, normaliseAnswer, shownAnswer } from './wildcard';

export interface ShortResponse {
  type: 'short';
  text: string;
}

export { MAX_SHORT_ANSWER_LENGTH } from '../answer-limits';

export { normaliseAnswer };

/** An accepted answer: text, or text with a weight (partial credit, 0 for a catch-all) and feedback. */
const acceptedSchema = z.union([
  // YAML reads `- 1998` as a number; an accepted answer is always text.
  z.preprocess((value) => (typeof value === 'number' ? String(value) : value), requiredText),
  z.strictObject({ text: requiredText, weight: z.number().min(0).max(100).default(100), feedback: z.string().trim().default('') }),
]);

const fileSchema = z
  .strictObject({
    ...questionFileBase,
    type: z.literal('short'),
    accepted: z.array(acceptedSchema).min(1, 'give at least one accepted answer'),
    /** Moodle's `usecase`: answers match only with the same upper and lower case. */
    caseSensitive: z.boolean().optional(),
  })
  .refine((question) => question.accepted.some((a) => typeof a === 'string' || a.weight === 100), {
    path: ['accepted'],
    message: 'one accepted answer must be worth 100%',
  });

/** An answer's share: its weight, else 100% when correct. */
const share = (o: OptionData) => (o.weight ?? (o.correct ? 100 : 0)) / 100;

/** Whether the question's answers are compared with case (every option carries the mark). */
const caseSensitive = (options: readonly OptionData[]) => options.some((o) => o.match === CASE_SENSITIVE);

/** The best accepted answer a response matches (the first of equals), or undefined. */
function bestMatch<O extends OptionData>(options: readonly O[], text: string): O | undefined {
  const withCase = caseSensitive(options);
  let best: O | undefined;
  for (const o of options) if (matchesAnswer(o.text, text, withCase) && (!best || share(o) > share(best))) best = o;
  return best;
}

/** Marks answers as compared with case, or not. */
const withCaseMark = (options: OptionData[], marked: boolean | undefined) => options.map((o) => ({ ...o, match: marked ? CASE_SENSITIVE : null }));

/** The share of the best accepted answer a response matches, 0 for none. */
function bestShare(question: QuestionSnapshot, text: string): number {
  const best = bestMatch(question.options, text);
  return best ? share(best) : 0;
}

/** Only `=` answers, no `->`: GIFT's short answer; `%n%` weights give partial credit, `%0%*` a catch-all. */
function read(block: GiftBlock): GiftRead | null {
  if (!isAnswerList(block.body) || block.body.includes('->')) return null;
  const answers = block.answers();
  if (isProblem(answers)) return { ok: false, problems: [answers] };
  if (!answers.every((a) => a.marker === '=')) return null;
  const negative = answers.find((a) => a.weight !== null && a.weight < 0);
  if (negative) return giftFail(negative.offset, 'a short answer cannot have a negative weight');
  if (!answers.some((a) => a.weight === null || a.weight === 100))
    return giftFail(answers[0]?.offset ?? 0, 'no accepted answer is worth 100%');
  const twice = duplicate(answers.map((a) => a.text));
  if (twice !== null) return giftFail(answers[0]?.offset ?? 0, `the accepted answer "${twice}" is listed twice`);
  const options = answers.map((a) =>
    option(a.text, a.weight === null || a.weight === 100, { weight: a.weight === 100 ? null : a.weight, feedback: a.feedback }),
  );
  return { ok: true, type: 'short', options };
}

/**
 * A valid form's answers: the accepted texts (full credit, keeping the
 * feedback they had), then the partial-credit and catch-all answers kept
 * from an import, which the builder does not edit.
 */
function builderOptions(form: ShortFields): OptionData[] {
  return withCaseMark(builderAnswers(form), form.caseSensitive);
}

function builderAnswers(form: ShortFields): OptionData[] {
  const accepted = new Set(form.accepted.map((text) => normaliseAnswer(text)));
  const kept = new Map(form.choices.map((c) => [normaliseAnswer(c.text), c]));
  const full = form.accepted.map((text) => option(text.trim(), true, { feedback: kept.get(normaliseAnswer(text))?.feedback ?? '' }));
  const partial = form.choices
    .filter((c) => !c.correct && !accepted.has(normaliseAnswer(c.text)))
    .map((c) => option(c.text, false, { weight: c.weight ?? 0, feedback: c.feedback }));
  return [...full, ...partial];
}

/** A weighted answer (or one with feedback) is written in full in a file; a plain one as its text. */
const fileAccepted = (o: OptionData) =>
  o.weight === null && o.feedback === '' ? o.text : { text: o.text, weight: o.weight ?? 100, feedback: o.feedback };

export const short: QuestionTypeModule<'short', ShortResponse, z.infer<typeof fileSchema>, ShortFields> = {
  type: 'short',
  grading: 'auto',
  fileSchema,
  fileOptions: (file) =>
    withCaseMark(
      file.accepted.map((a) =>
        typeof a === 'string'
          ? option(a, true)
          : option(a.text, a.weight === 100, { weight: a.weight === 100 ? null : a.weight, feedback: a.feedback }),
      ),
      file.caseSensitive,
    ),
  fileFields: (options) => ({ accepted: options.map(fileAccepted), ...(caseSensitive(options) ? { caseSensitive: true } : {}) }),
  parseResponse(_question, { text }) {
    if (typeof text !== 'string') return { error: 'text must be a string' };
    if (text.length > MAX_SHORT_ANSWER_LENGTH) return { error: `text is longer than ${MAX_SHORT_ANSWER_LENGTH} characters` };
    return { type: 'short', text };
  },
  keyResponse: (question) => ({ type: 'short', text: shownAnswer(question.options.find((o) => o.correct && (o.weight ?? 100) >= 100)?.text ?? '') }),
  fraction(question, response) {
    if (normaliseAnswer(response.text) === '') return null;
    return bestShare(question, response.text);
  },
  // The options are the answers: none is shown.
  layout: { shown: () => [], shuffle: 'never' },
  review: {
    answer: (_question, response) => (response.text.trim() ? [response.text] : []),
    correct: (question) => question.options.filter((o) => o.correct).map((o) => shownAnswer(o.text)),
    chosen: (question, response) => {
      const best = normaliseAnswer(response.text) === '' ? undefined : bestMatch(question.options, response.text);
      return best ? [best.key] : [];
    },
  },
  gift: { read, write: (options) => ({ lines: options.map((o) => giftLine('=', o, o.weight === 100 ? null : o.weight)) }) },
  moodleXml: shortMoodleXml,
  builder: {
    formShape: { accepted: formList(formText), ...choiceFormShape, caseSensitive: z.boolean().optional() },
    blank: () => ({ accepted: [], ...blankChoices() }),
    empty: () => ({ accepted: [''] }),
    issues(form) {
      if (form.accepted.length === 0) return [{ field: 'accepted', key: 'accepted-required' }];
      return textIssues(form.accepted, 'accepted', 'accepted-blank', 'accepted-duplicate', (text) => normaliseAnswer(text));
    },
    options: builderOptions,
    // The builder edits the full-credit texts; `choices` keeps every answer's feedback and weight (imported partial credit).
    fields: (options) => ({
      caseSensitive: caseSensitive(options),
      accepted: options.filter((o) => o.correct).map((o) => o.text),
      choices: options.map(({ text, correct, feedback, weight }) => ({ text, correct, feedback, weight })),
    }),
  },
  listing: { text: (o) => o.text, marksCorrect: false },
  translationList: 'accepted',
};
