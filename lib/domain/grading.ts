/**
 * Quiz grading: the one place that decides how many points an answer earns.
 *
 * Every question is worth `question.points`. The rule of the question's
 * type yields a fraction in [0, 1]; the score is that fraction of the
 * points, rounded to 2 decimals. The outcome follows the rounded score: full points → 'correct', none →
 * 'incorrect', anything between → 'partial'. A missing response, a response
 * of another question type, or an empty one (no choice, no options, blank
 * text, no pairs, no order) is 'unanswered' and scores 0.
 *
 * Each type's rule lives in its module under ./question-types; in short:
 * - single, truefalse: all or nothing on the chosen option's `correct`. If
 *   the chosen option has a GIFT `weight` (a percentage, possibly negative),
 *   the fraction is weight / 100, clamped to [0, 1].
 * - multiple: if any option has a weight, the fraction is the sum of the
 *   selected options' weights (no weight counts as 0) / 100, clamped to
 *   [0, 1]. Otherwise it is max(0, selectedCorrect / totalCorrect −
 *   selectedWrong / totalWrong), so ticking everything earns nothing; a
 *   side with no options contributes 0.
 * - short: both sides are normalised (Unicode NFKC, so full-width letters
 *   equal ASCII ones; trimmed; inner whitespace collapsed to one space;
 *   locale-independent lower case unless the question is case-sensitive);
 *   the best accepted answer the text matches (`*` matching any text, `\*`
 *   a literal star, as in Moodle) gives its weight, or 100% when it has
 *   none; no match earns nothing.
 * - matching: the share of left-hand items paired with their own right text.
 * - ordering: Kendall agreement, the share of item pairs (i < j) in their
 *   correct relative order; exact order → 1, exact reverse → 0, one
 *   adjacent swap → slightly less than 1. A single item is always in order.
 *
 * - numerical: the best answer whose tolerance the typed number lies within.
 * - description: never graded; 0 of 0, whatever its points.
 *
 * Unknown option keys and repeated keys in a response are ignored, so grading
 * never throws; untrusted input goes through `parseResponse` first.
 * An attempt's percent is its score over the maximum (1 decimal) and it
 * passes when percent >= the quiz's pass mark.
 */
import { earnsMarks, questionType } from './question-types/registry';
import type { QuizResponse } from './quiz-response';
import type { QuestionSnapshot, QuizSnapshot } from './quiz-snapshot';

export { normaliseAnswer } from './question-types/short';
export { MAX_SHORT_ANSWER_LENGTH, parseResponse, type ParsedResponse, type QuizResponse } from './quiz-response';

/** How a question was answered, judged by its score. */
export type Outcome = 'correct' | 'partial' | 'incorrect' | 'unanswered';

/** One question's result in points. */
export interface QuestionGrade {
  score: number;
  maxScore: number;
  outcome: Outcome;
}

/** A whole attempt's result; `questions` is keyed by question key. */
export interface AttemptGrade {
  score: number;
  maxScore: number;
  percent: number;
  passed: boolean;
  questions: Record<string, QuestionGrade>;
}

/** The fields of a submitted attempt that decide which one counts. */
export interface CountableAttempt {
  id: number | string;
  submittedAt: Date;
  percent: number;
  passed: boolean;
}

/** Rounds to `digits` decimals, first removing binary noise such as 0.1 + 0.2. */
function round(value: number, digits: number): number {
  const clean = Number(value.toPrecision(12));
  return Math.round(clean * 10 ** digits) / 10 ** digits;
}

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/** The share a response earns by its question type's rule; null when unanswered or of another type. */
function fraction(question: QuestionSnapshot, response: QuizResponse): number | null {
  return response.type === question.type ? questionType(question.type).fraction(question, response) : null;
}

/** Grades one response against its question by the rules at the top of this file. */
export function gradeQuestion(question: QuestionSnapshot, response: QuizResponse | undefined): QuestionGrade {
  // A type without marks (a description) is never graded, whatever points it carries.
  if (!earnsMarks(question.type)) return { score: 0, maxScore: 0, outcome: 'unanswered' };
  const maxScore = round(question.points, 2);
  const earned = response ? fraction(question, response) : null;
  if (earned === null) return { score: 0, maxScore, outcome: 'unanswered' };
  const share = clamp01(earned);
  const score = round(share * question.points, 2);
  const full = maxScore > 0 ? score >= maxScore : share >= 1;
  const none = maxScore > 0 ? score <= 0 : share <= 0;
  return { score, maxScore, outcome: full ? 'correct' : none ? 'incorrect' : 'partial' };
}

/** Grades every question of the quiz; responses are keyed by question key, and missing ones are unanswered. */
export function gradeAttempt(quiz: QuizSnapshot, responses: Record<string, QuizResponse | undefined>): AttemptGrade {
  const questions: Record<string, QuestionGrade> = {};
  let score = 0;
  let maxScore = 0;
  for (const question of quiz.questions) {
    const response = Object.hasOwn(responses, question.key) ? responses[question.key] : undefined;
    const grade = gradeQuestion(question, response);
    questions[question.key] = grade;
    score += grade.score;
    maxScore += grade.maxScore;
  }
  score = round(score, 2);
  maxScore = round(maxScore, 2);
  const percent = maxScore > 0 ? round((score / maxScore) * 100, 1) : 0;
  return { score, maxScore, percent, passed: percent >= quiz.passMark, questions };
}

/**
 * The submitted attempt that counts for the module under the quiz's scoring
 * rule, or null when there is none. 'best': the highest percent, ties going
 * to the earliest submission. 'last': the latest submission (on equal times,
 * the one listed last).
 */
export function countedAttempt<T extends CountableAttempt>(attempts: readonly T[], rule: 'best' | 'last'): T | null {
  let counted: T | null = null;
  for (const attempt of attempts) {
    if (!counted) counted = attempt;
    else if (rule === 'last' ? attempt.submittedAt.getTime() >= counted.submittedAt.getTime() : isBetter(attempt, counted))
      counted = attempt;
  }
  return counted;
}

function isBetter(candidate: CountableAttempt, current: CountableAttempt): boolean {
  if (candidate.percent !== current.percent) return candidate.percent > current.percent;
  return candidate.submittedAt.getTime() < current.submittedAt.getTime();
}
