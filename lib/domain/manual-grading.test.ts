import { describe, expect, it } from 'vitest';
import { gradeWithManual, parseManualPoints } from './manual-grading';
import type { QuizSnapshot } from './quiz-snapshot';

const quiz = {
  passMark: 60,
  questions: [
    { key: 'tf', type: 'truefalse', prompt: 'T?', explanation: 'E', points: 1, options: [
      { key: 't', text: 'True', correct: true, weight: null, match: null, feedback: '' },
      { key: 'f', text: 'False', correct: false, weight: null, match: null, feedback: '' },
    ] },
    { key: 'e1', type: 'essay', prompt: 'Discuss', explanation: 'E', points: 2, options: [] },
    { key: 'e2', type: 'essay', prompt: 'Discuss more', explanation: 'E', points: 2, options: [] },
  ],
} as unknown as QuizSnapshot;

const responses = {
  tf: { type: 'truefalse', optionKey: 't' },
  e1: { type: 'essay', text: 'An answer' },
  e2: { type: 'essay', text: 'Another' },
} as const;

describe('gradeWithManual', () => {
  it.each([
    ['nothing graded', {}, { final: false, awaiting: ['e1', 'e2'] }],
    ['one of two graded', { e1: 2 }, { final: false, awaiting: ['e2'] }],
    ['both graded', { e1: 2, e2: 0.5 }, { final: true, grade: { score: 3.5, maxScore: 5, percent: 70, passed: true } }],
    ['points over the maximum clamped', { e1: 9, e2: 0 }, { final: true, grade: { score: 3, percent: 60, passed: true } }],
  ])('%s', (_name, manual, expected) => {
    expect(gradeWithManual(quiz, responses, manual)).toMatchObject(expected);
  });

  it('needs no grader for a blank essay: it scores 0 like any unanswered question', () => {
    const result = gradeWithManual(quiz, { ...responses, e1: { type: 'essay', text: '  ' }, e2: undefined }, {});
    expect(result).toMatchObject({ final: true, grade: { score: 1, maxScore: 5, percent: 20, passed: false } });
    expect(result.grade.questions.e1).toEqual({ score: 0, maxScore: 2, outcome: 'unanswered' });
  });

  it('marks a graded essay by its points', () => {
    const { grade } = gradeWithManual(quiz, responses, { e1: 2, e2: 1 });
    expect([grade.questions.e1?.outcome, grade.questions.e2?.outcome]).toEqual(['correct', 'partial']);
  });
});

describe('parseManualPoints', () => {
  it.each([
    ['2', 3, { points: 2 }],
    ['1.25', 3, { points: 1.25 }],
    [' 0,5 ', 3, { points: 0.5 }],
    ['0', 3, { points: 0 }],
    ['', 3, { error: 'points-required' }],
    ['abc', 3, { error: 'points-not-number' }],
    ['-1', 3, { error: 'points-not-number' }],
    ['1.234', 3, { error: 'points-not-number' }],
    ['3.5', 3, { error: 'points-range' }],
  ])('%j of %d', (typed, max, expected) => {
    expect(parseManualPoints(typed, max)).toEqual(expected);
  });
});
