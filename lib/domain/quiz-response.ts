/**
 * A trainee's answer to one question, tagged with the question's type. Each
 * type's response shape and its checks live in its module under
 * `./question-types`; grading lives in `./grading`, which re-exports
 * everything here.
 */
import { questionType, type QuizResponse } from './question-types/registry';
import type { QuestionSnapshot } from './quiz-snapshot';

export type { QuizResponse } from './question-types/registry';
export { matchingChoices, matchingItems } from './question-types/matching';
export { MAX_SHORT_ANSWER_LENGTH } from './question-types/short';

/** What {@link parseResponse} returns: a response, or why the input was refused. */
export type ParsedResponse = QuizResponse | { error: string };

function isFields(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

/**
 * Checks untrusted input (a parsed form or JSON body) against one question
 * and returns a typed {@link QuizResponse} or `{ error }`. The input must be
 * an object with the field of the question's type (`optionKey`,
 * `optionKeys`, `text`, `pairs` or `order`); a `type` field is optional but,
 * when present, must equal the question's type. Rejected: wrong shapes,
 * option keys the question does not have, keys listed twice, short answers
 * over 500 characters, matching items or choices the question does not have
 * (an empty-string choice means "not chosen" and is dropped), and an order
 * that is not a permutation of the question's option keys.
 */
export function parseResponse(question: QuestionSnapshot, raw: unknown): ParsedResponse {
  if (!isFields(raw)) return { error: 'the response must be an object' };
  if (raw.type !== undefined && raw.type !== question.type) return { error: `expected a ${question.type} response` };
  return questionType(question.type).parseResponse(question, raw);
}
