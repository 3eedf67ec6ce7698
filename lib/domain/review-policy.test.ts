import { describe, expect, it } from 'vitest';
import { attemptVisibility, safeReviewPolicy, type ReviewPolicy, type ReviewTiming } from './review-policy';

const both = (timing: ReviewTiming): ReviewPolicy => ({ correctAnswers: timing, explanations: timing });

describe('attemptVisibility', () => {
  it.each([
    ['failed, retakes left (unlimited)', safeReviewPolicy, { passed: false, attemptsLeft: null }, false, false],
    ['failed, retakes left (limited)', safeReviewPolicy, { passed: false, attemptsLeft: 2 }, false, false],
    ['passed', safeReviewPolicy, { passed: true, attemptsLeft: null }, true, true],
    ['failed, attempts exhausted', safeReviewPolicy, { passed: false, attemptsLeft: 0 }, true, true],
    ['always, failed with retakes left', both('always'), { passed: false, attemptsLeft: null }, true, true],
    ['never, passed', both('never'), { passed: true, attemptsLeft: 0 }, false, false],
    ['answers once passed, explanations always', { correctAnswers: 'after-pass-or-last-attempt', explanations: 'always' }, { passed: false, attemptsLeft: 1 }, false, true],
  ] as const)('%s', (_name, policy, context, correctAnswers, explanations) => {
    expect(attemptVisibility(policy, context)).toEqual({ score: true, correctness: true, correctAnswers, explanations });
  });
});
