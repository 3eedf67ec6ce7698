/**
 * A trainee's standing in one module, as the reports need it: the facts of
 * lesson_progress and quiz_attempts folded into one row per (trainee, module)
 * under the module's published version. Kept in `module_standings` and
 * rewritten whenever a fact changes, so a dashboard never re-reads the facts.
 *
 * - Lessons: counts of completed lessons that belong to the version (and the
 *   required ones), the latest required completion, and the latest completion
 *   of any lesson of the module (activity, even for lessons the version dropped).
 * - Quiz: finished attempts (not open, with a submission time and a percent);
 *   the counted one follows `countedAttempt` under the version quiz's scoring
 *   rule, so the standing agrees with what the trainee sees. A version without
 *   a quiz counts no attempt and is never passed.
 * - Activity: the latest attempt start or submission; whether one is open.
 * - Assignments: how many of the version's required assignments the trainee
 *   has had accepted (their latest version accepted, which needs the pass
 *   mark); an assignment the version dropped, or an optional one, never counts.
 * - A pair with no completed lesson, no attempt and no accepted assignment has no standing (null).
 * - Progress (`standingProgress`): whether the pair's module is complete, its
 *   percent and since when, by `progressFromCounts` against what the version
 *   asks (`ModuleUnits`), and the pair's last activity. Stored with the
 *   standing, so a report of thousands of trainees sums it in SQL; the
 *   dashboard's cells use the same function.
 */
import type { SubmissionStatus } from './assignments/submission';
import type { AttemptStatus } from './quiz-snapshot';
import { progressFromCounts } from './completion';
import { countedAttempt, type CountableAttempt } from './grading';

/** Times are Unix milliseconds throughout. */
export interface LessonTotals {
  /** Completed lessons that are lessons of the published version, and how many of those are required. */
  done: number;
  requiredDone: number;
  requiredLastAt: number | null;
  /** Latest completion of any lesson of the module. */
  lastAt: number | null;
}

/** One attempt at the module's quiz; a pair's attempts come in attempt order. */
export interface AttemptFacts {
  id: number;
  status: AttemptStatus;
  startedAt: number;
  submittedAt: number | null;
  percent: number | null;
  passed: boolean | null;
}

/** The latest version of one of the trainee's assignments in the module, and whether the published version requires it (null: not in the version). */
export interface AssignmentFacts {
  key: string;
  status: SubmissionStatus;
  required: boolean | null;
}

export interface StandingValues {
  lessonsDone: number;
  requiredDone: number;
  requiredLastAt: number | null;
  lastLessonAt: number | null;
  /** Finished attempts. */
  attempts: number;
  countedPercent: number | null;
  countedAt: number | null;
  quizPassed: boolean;
  lastAttemptAt: number | null;
  hasOpenAttempt: boolean;
  /** Required assignments of the version whose latest version is accepted. */
  assignmentsDone: number;
}

/** A standing row: the values for one (trainee, module). */
export interface ModuleStanding extends StandingValues {
  userId: number;
  moduleId: number;
}

const later = (a: number | null, b: number | null) => (b === null ? a : a === null || b > a ? b : a);

/** The standing from a pair's facts, or null when the trainee has done nothing in the module. */
export function standingFromFacts(
  lessons: LessonTotals | null,
  attempts: readonly AttemptFacts[],
  scoring: 'best' | 'last' | null,
  assignments: readonly AssignmentFacts[] = [],
): StandingValues | null {
  const assignmentsDone = assignments.filter((a) => a.required === true && a.status === 'accepted').length;
  if (lessons === null && attempts.length === 0 && assignmentsDone === 0) return null;
  const finished: CountableAttempt[] = [];
  let lastAttemptAt: number | null = null;
  let hasOpenAttempt = false;
  for (const attempt of attempts) {
    lastAttemptAt = later(later(lastAttemptAt, attempt.startedAt), attempt.submittedAt);
    if (attempt.status === 'open') hasOpenAttempt = true;
    else if (attempt.submittedAt !== null && attempt.percent !== null) {
      finished.push({ id: attempt.id, submittedAt: new Date(attempt.submittedAt), percent: attempt.percent, passed: Boolean(attempt.passed) });
    }
  }
  const counted = scoring ? countedAttempt(finished, scoring) : null;
  return {
    lessonsDone: lessons?.done ?? 0,
    requiredDone: lessons?.requiredDone ?? 0,
    requiredLastAt: lessons?.requiredLastAt ?? null,
    lastLessonAt: lessons?.lastAt ?? null,
    attempts: finished.length,
    countedPercent: counted?.percent ?? null,
    countedAt: counted?.submittedAt.getTime() ?? null,
    quizPassed: Boolean(counted?.passed),
    lastAttemptAt,
    hasOpenAttempt,
    assignmentsDone,
  };
}

/** What a module's published version asks of a trainee. */
export interface ModuleUnits {
  lessonsTotal: number;
  /** Required lessons among them. */
  requiredTotal: number;
  quiz: boolean;
  requiredAssignments: number;
}

/** Where a standing (or, undefined, a trainee who has not touched the module) leaves the module. */
export interface StandingProgress {
  complete: boolean;
  /** 0–100, as `progressFromCounts` rounds it. */
  percent: number;
  /** When the module became complete: the later of the last required lesson and the counted attempt (null if not complete or unknown). */
  completedAt: number | null;
  /** Latest lesson completion, attempt start or submission. */
  lastActivityAt: number | null;
}

/** The latest lesson completion, attempt start or submission of a standing. */
export function standingActivity(standing: StandingValues): number | null {
  return later(standing.lastLessonAt, standing.lastAttemptAt);
}

/**
 * The module's progress for one standing under the published version's
 * units. An unpublished module (units null) asks for nothing yet: never
 * complete, 0%, with the standing's activity.
 */
export function standingProgress(units: ModuleUnits | null, standing: StandingValues | undefined): StandingProgress {
  const lastActivityAt = standing ? standingActivity(standing) : null;
  if (units === null) return { complete: false, percent: 0, completedAt: null, lastActivityAt };
  const progress = progressFromCounts({
    lessonsTotal: units.lessonsTotal,
    requiredTotal: units.requiredTotal,
    lessonsDone: standing?.lessonsDone ?? 0,
    requiredDone: standing?.requiredDone ?? 0,
    quiz: { exists: units.quiz, passed: units.quiz && Boolean(standing?.quizPassed), bestPercent: units.quiz ? (standing?.countedPercent ?? null) : null },
    assignments: { requiredTotal: units.requiredAssignments, requiredDone: standing?.assignmentsDone ?? 0 },
  });
  const completedAt = progress.complete ? later(standing?.requiredLastAt ?? null, units.quiz ? (standing?.countedAt ?? null) : null) : null;
  return { complete: progress.complete, percent: progress.percent, completedAt, lastActivityAt };
}

/** A standing as stored: its values and its progress. */
export type StoredStanding = ModuleStanding & StandingProgress;
