/**
 * The trainee's side of each question type: its `input.tsx`, one line per
 * type. The quiz form looks types up here rather than in `./registry`, whose
 * file schemas and grading would pull zod and every answer rule into the
 * browser. `registry.test.ts` checks both registries name the same types and
 * agree on which earn marks.
 */
import type { QuestionType } from '../quiz-snapshot';
import { descriptionInput } from './description/input';
import { essayInput } from './essay/input';
import type { TypeInput } from './input-props';
import { matchingInput } from './matching/input';
import { multipleInput } from './multiple/input';
import { numericalInput } from './numerical/input';
import { orderingInput } from './ordering/input';
import type { QuizResponse } from './registry';
import { shortInput } from './short/input';
import { singleInput } from './single/input';
import { truefalseInput } from './truefalse/input';
import type { PublicQuestion } from './types';

/** The input of each question type. */
export const typeInputs = {
  single: singleInput,
  multiple: multipleInput,
  truefalse: truefalseInput,
  short: shortInput,
  numerical: numericalInput,
  matching: matchingInput,
  ordering: orderingInput,
  essay: essayInput,
  description: descriptionInput,
} satisfies Record<QuestionType, TypeInput>;

/** The input of a question type. */
export function typeInput(type: QuestionType): TypeInput {
  return typeInputs[type];
}

/** Whether a question of this type earns marks (counts toward the maximum score); one with no input (a description) does not. */
export function earnsMarks(type: QuestionType): boolean {
  return typeInput(type).Field !== null;
}

/** The number each question shows, counting only those that earn marks, keyed by question key. */
export function questionNumbers(questions: readonly { key: string; type: QuestionType }[]): Record<string, number> {
  let n = 0;
  return Object.fromEntries(questions.flatMap((q) => (earnsMarks(q.type) ? [[q.key, ++n] as const] : [])));
}

/** The answer a question holds before the trainee touches it, if its type gives one (an ordering left as shown). */
export function defaultResponse(question: PublicQuestion): QuizResponse | undefined {
  return typeInput(question.type).defaultResponse?.(question);
}
