/**
 * Questions graded by a person (`grading: 'manual'`, an essay). Submitting
 * grades the automatic questions at once; an attempt with a manual question
 * answered but not yet graded waits (`awaiting-grading`): its score so far is
 * kept but it has no percent and no pass, so standings and certificates do
 * not count it. When the last manual answer gets its points, the attempt is
 * finalised exactly as a submitted one. An unanswered essay needs no grader:
 * it scores 0 like any unanswered question.
 */
import { gradeAttempt, type AttemptGrade, type QuizResponse } from './grading';
import { questionType } from './question-types/registry';
import type { QuizSnapshot } from './quiz-snapshot';

/** The grade of an attempt with its manual questions: final, or waiting for the listed question keys. */
export type ManualAwareGrade = { final: true; grade: AttemptGrade } | { final: false; grade: AttemptGrade; awaiting: string[] };

const isManual = (type: string) => questionType(type as QuizSnapshot['questions'][number]['type']).grading === 'manual';

/** Whether a response gives anything to grade (non-blank text). */
function answered(response: QuizResponse | undefined): boolean {
  return response !== undefined && 'text' in response && response.text.trim() !== '';
}

/**
 * Grades an attempt whose manual questions have the points in `manual`
 * (keyed by question key; missing means not graded yet). Manual points are
 * clamped to the question's points. While any answered manual question has
 * no points, the grade is not final and its percent and pass mean nothing.
 */
export function gradeWithManual(
  quiz: QuizSnapshot,
  responses: Record<string, QuizResponse | undefined>,
  manual: Record<string, number>,
): ManualAwareGrade {
  const grade = gradeAttempt(quiz, responses);
  const awaiting: string[] = [];
  let score = grade.score;
  for (const question of quiz.questions) {
    if (!isManual(question.type)) continue;
    const response = Object.hasOwn(responses, question.key) ? responses[question.key] : undefined;
    if (!answered(response)) continue;
    const given = Object.hasOwn(manual, question.key) ? manual[question.key] : undefined;
    if (given === undefined) {
      awaiting.push(question.key);
      continue;
    }
    const points = Math.min(Math.max(given, 0), question.points);
    const outcome = points >= question.points ? 'correct' : points <= 0 ? 'incorrect' : 'partial';
    grade.questions[question.key] = { score: points, maxScore: question.points, outcome };
    score += points;
  }
  score = Math.round(score * 100) / 100;
  const percent = grade.maxScore > 0 ? Math.round((score / grade.maxScore) * 1000) / 10 : 0;
  const total: AttemptGrade = { ...grade, score, percent, passed: percent >= quiz.passMark };
  return awaiting.length === 0 ? { final: true, grade: total } : { final: false, grade: total, awaiting };
}

/** Why typed points cannot be a manual grade (a catalogue key under `grading.errors`), or the points. */
export function parseManualPoints(typed: string, max: number): { points: number } | { error: 'points-required' | 'points-not-number' | 'points-range' } {
  const text = typed.trim().replace(',', '.');
  if (text === '') return { error: 'points-required' };
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return { error: 'points-not-number' };
  const points = Number(text);
  return points > max ? { error: 'points-range' } : { points };
}
