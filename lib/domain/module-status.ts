/**
 * What a trainee sees of their standing in one module, read from the stored
 * standing (see module-standing.ts) and the published version's shape.
 *
 * - Progress: `progressFromCounts` over the version's lessons and quiz, fed
 *   with the standing's counts; no standing means nothing done yet (a module
 *   with nothing required is then already complete).
 * - Quiz status: none without a quiz; in progress while an attempt is open;
 *   awaiting grading while a submitted attempt has an essay no instructor has
 *   graded yet (that attempt has no percent, so the standing cannot say it);
 *   not started before any finished attempt; otherwise passed or failed with
 *   the counted attempt's percent, and the attempts left under the limit.
 */
import { attemptsLeft } from './attempt-rules';
import { progressFromCounts, type LessonRef, type ModuleProgress } from './completion';
import type { StandingValues } from './module-standing';

export type QuizStatus =
  | { kind: 'none' }
  | { kind: 'not-started' }
  | { kind: 'in-progress' }
  | { kind: 'awaiting-grading' }
  | { kind: 'passed'; percent: number }
  | { kind: 'failed'; percent: number; attemptsLeft: number | null };

/** The parts of a published version the status depends on. */
export interface StatusVersion {
  lessons: readonly LessonRef[];
  quiz: { attemptLimit: number | null } | null;
  /** The version's assignments (only whether each is required matters here). */
  assignments?: readonly { required: boolean }[];
}

/** The standing facts the status depends on. */
export type StatusStanding = Pick<StandingValues, 'lessonsDone' | 'requiredDone' | 'attempts' | 'countedPercent' | 'quizPassed' | 'hasOpenAttempt' | 'assignmentsDone'>;

export interface ModuleStatus {
  progress: Omit<ModuleProgress, 'missing'>;
  quizStatus: QuizStatus;
}

/**
 * A trainee's progress and quiz status in a module, from their stored standing
 * (null: nothing done yet) and whether one of their attempts awaits grading.
 */
export function moduleStatus(standing: StatusStanding | null, version: StatusVersion, awaitingGrading = false): ModuleStatus {
  const quiz = version.quiz;
  const progress = progressFromCounts({
    lessonsTotal: version.lessons.length,
    requiredTotal: version.lessons.filter((lesson) => lesson.required).length,
    lessonsDone: standing?.lessonsDone ?? 0,
    requiredDone: standing?.requiredDone ?? 0,
    quiz: { exists: quiz !== null, passed: Boolean(standing?.quizPassed), bestPercent: standing?.countedPercent ?? null },
    assignments: {
      requiredTotal: (version.assignments ?? []).filter((assignment) => assignment.required).length,
      requiredDone: standing?.assignmentsDone ?? 0,
    },
  });
  return { progress, quizStatus: quizStatus(standing, quiz, awaitingGrading) };
}

function quizStatus(standing: StatusStanding | null, quiz: StatusVersion['quiz'], awaitingGrading: boolean): QuizStatus {
  if (!quiz) return { kind: 'none' };
  if (standing?.hasOpenAttempt) return { kind: 'in-progress' };
  if (awaitingGrading) return { kind: 'awaiting-grading' };
  if (!standing || standing.countedPercent === null) return { kind: 'not-started' };
  if (standing.quizPassed) return { kind: 'passed', percent: standing.countedPercent };
  return { kind: 'failed', percent: standing.countedPercent, attemptsLeft: attemptsLeft(quiz.attemptLimit, standing.attempts) };
}
