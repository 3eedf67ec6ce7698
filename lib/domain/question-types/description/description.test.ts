import { safeReviewPolicy } from '../../review-policy';
import { describe, expect, it } from 'vitest';
import { gradeAttempt } from '../../grading';
import type { QuizSnapshot } from '../../quiz-snapshot';
import { option } from '../kit';
import { questionNumbers } from '../registry';

describe('a description in a quiz', () => {
  const quiz: QuizSnapshot = {
    title: 'Q',
    passMark: 50,
    attemptLimit: null,
    timeLimitMinutes: null,
    shuffleQuestions: false,
    shuffleOptions: false,
    scoring: 'best',
    review: safeReviewPolicy,
    questions: [
      { key: 'intro', type: 'description', prompt: 'Read this.', explanation: '', points: 0, options: [] },
      {
        key: 'tf',
        type: 'truefalse',
        prompt: 'True?',
        explanation: 'Yes.',
        points: 1,
        options: [option('True', true), option('False', false)].map((o, i) => ({ ...o, key: `o${i}` })),
      },
    ],
  };

  it('adds nothing to the score or the maximum, so the percent is that of the questions', () => {
    const result = gradeAttempt(quiz, { tf: { type: 'truefalse', optionKey: 'o0' } });
    expect(result).toMatchObject({ score: 1, maxScore: 1, percent: 100, passed: true });
    expect(result.questions.intro).toEqual({ score: 0, maxScore: 0, outcome: 'unanswered' });
  });

  it('counts for nothing even when it carries points (say, copied from an old bank)', () => {
    const [intro, tf] = quiz.questions;
    if (!intro || !tf) throw new Error('fixture');
    const result = gradeAttempt({ ...quiz, questions: [{ ...intro, points: 3 }, tf] }, {});
    expect(result).toMatchObject({ score: 0, maxScore: 1, percent: 0 });
  });
});

describe('questionNumbers', () => {
  it('numbers only the questions that earn marks', () => {
    const types = ['description', 'single', 'description', 'numerical'] as const;
    expect(questionNumbers(types.map((type, i) => ({ key: `q${i}`, type })))).toEqual({ q1: 1, q3: 2 });
  });
});
