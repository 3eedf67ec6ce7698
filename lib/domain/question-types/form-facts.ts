/**
 * What the trainee's quiz form needs to know of each question type, without
 * the registry (its file schemas pull zod and every type's grading into the
 * browser). `form-facts.test.ts` checks these agree with the registry.
 */
import type { QuestionType } from '../quiz-snapshot';
import type { QuizResponse } from './registry';
import type { PublicQuestion } from './types';

// Types whose grading is 'none' in the registry: text to read, no marks.
const UNMARKED: ReadonlySet<QuestionType> = new Set(['description']);

/** Whether a question of this type earns marks (counts toward the maximum score); a description does not. */
export function earnsMarks(type: QuestionType): boolean {
  return !UNMARKED.has(type);
}

/** The number each question shows, counting only those that earn marks, keyed by question key. */
export function questionNumbers(questions: readonly { key: string; type: QuestionType }[]): Record<string, number> {
  let n = 0;
  return Object.fromEntries(questions.flatMap((q) => (earnsMarks(q.type) ? [[q.key, ++n] as const] : [])));
}

/** The answer a question holds before the trainee touches it, if any: an ordering left as shown is answered in the order shown. */
export function defaultResponse(question: PublicQuestion): QuizResponse | undefined {
  return question.type === 'ordering' ? { type: 'ordering', order: question.options.map((o) => o.key) } : undefined;
}
