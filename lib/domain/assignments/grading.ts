/**
 * Grading a submitted version with its rubric. The grader chooses a level
 * for every criterion and decides: accept, or return for a revision. The
 * points come from the levels (scoreRubric); accepting needs the pass mark,
 * so an accepted version is always a passed one and counts for completion.
 */
import { meetsPassMark, scoreRubric, type ChosenLevels, type RubricCriterion } from './rubric';
import type { SubmissionStatus } from './submission';

export const gradeDecisions = ['accept', 'revise'] as const;
export type GradeDecision = (typeof gradeDecisions)[number];

/** Why a grade is refused (a catalogue key under `assignments.errors`). */
export type GradeProblem = 'not-submitted' | 'levels-missing' | 'below-pass-mark' | 'feedback-required';

export type GradeOutcome =
  | { ok: true; status: Extract<SubmissionStatus, 'accepted' | 'revision-requested'>; points: number; maxPoints: number; percent: number; passed: boolean }
  | { ok: false; problem: GradeProblem; missing?: string[] };

/**
 * Decides a grade. Only a submitted version (the latest, waiting) is graded;
 * every criterion needs a level; a revision request needs feedback saying
 * what to change; accepting below the pass mark is refused (return it for a
 * revision instead).
 */
export function decideGrade(input: {
  status: SubmissionStatus;
  rubric: readonly RubricCriterion[];
  passMark: number;
  levels: ChosenLevels;
  decision: GradeDecision;
  feedback: string;
}): GradeOutcome {
  if (input.status !== 'submitted') return { ok: false, problem: 'not-submitted' };
  const score = scoreRubric(input.rubric, input.levels);
  if (score.missing.length > 0) return { ok: false, problem: 'levels-missing', missing: score.missing };
  const passed = meetsPassMark(score.percent, input.passMark);
  if (input.decision === 'accept' && !passed) return { ok: false, problem: 'below-pass-mark' };
  if (input.decision === 'revise' && input.feedback.trim() === '') return { ok: false, problem: 'feedback-required' };
  const status = input.decision === 'accept' ? 'accepted' : 'revision-requested';
  return { ok: true, status, points: score.points, maxPoints: score.maxPoints, percent: score.percent, passed };
}
