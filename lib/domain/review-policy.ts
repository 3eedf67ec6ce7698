/**
 * What a trainee may see of a submitted attempt, Moodle-style. The score and
 * which questions were right are always shown; the correct answers and the
 * explanations each follow their own timing, so a failed attempt with
 * retakes left never hands over the answer key.
 */
export const reviewTimings = ['never', 'after-pass-or-last-attempt', 'always'] as const;
export type ReviewTiming = (typeof reviewTimings)[number];

/** A quiz's review settings: when the correct answers and when the explanations are shown. */
export interface ReviewPolicy {
  correctAnswers: ReviewTiming;
  explanations: ReviewTiming;
}

/** The safe default: answers and explanations only once the trainee has passed or has no attempt left. */
export const safeReviewPolicy: ReviewPolicy = { correctAnswers: 'after-pass-or-last-attempt', explanations: 'after-pass-or-last-attempt' };

/** Where the trainee stands on the quiz when they look at an attempt. */
export interface ReviewContext {
  /** The trainee has passed the quiz (any submitted attempt reached the pass mark). */
  passed: boolean;
  /** Attempts still allowed; null when there is no limit. */
  attemptsLeft: number | null;
}

/** What of an attempt may be shown now. */
export interface AttemptVisibility {
  score: true;
  correctness: true;
  correctAnswers: boolean;
  explanations: boolean;
}

function allowed(timing: ReviewTiming, context: ReviewContext): boolean {
  if (timing === 'always') return true;
  if (timing === 'never') return false;
  return context.passed || context.attemptsLeft === 0;
}

/** Decides what the trainee may see of a submitted attempt under the quiz's review policy. */
export function attemptVisibility(policy: ReviewPolicy, context: ReviewContext): AttemptVisibility {
  return { score: true, correctness: true, correctAnswers: allowed(policy.correctAnswers, context), explanations: allowed(policy.explanations, context) };
}
