import { describe, expect, it } from 'vitest';
import { moduleProgress, nextLesson, programmeProgress, type QuizStanding } from './completion';

const lessons = [
  { key: 'intro', required: true },
  { key: 'budget', required: true },
  { key: 'extra', required: false },
];
const noQuiz: QuizStanding = { exists: false, passed: false, bestPercent: null };
const failedQuiz: QuizStanding = { exists: true, passed: false, bestPercent: 40 };
const passedQuiz: QuizStanding = { exists: true, passed: true, bestPercent: 85 };

describe('moduleProgress', () => {
  it.each([
    [
      'nothing done',
      [],
      failedQuiz,
      { lessonsDone: 0, requiredDone: 0, complete: false, percent: 0, missing: { lessons: ['intro', 'budget'], quiz: true } },
    ],
    [
      'one lesson of three plus quiz',
      ['intro'],
      failedQuiz,
      { lessonsDone: 1, requiredDone: 1, complete: false, percent: 25, missing: { lessons: ['budget'], quiz: true } },
    ],
    [
      'required lessons, quiz not passed',
      ['intro', 'budget'],
      failedQuiz,
      { requiredDone: 2, quizPassed: false, complete: false, percent: 50, missing: { lessons: [], quiz: true } },
    ],
    ['all lessons, quiz not passed', ['intro', 'budget', 'extra'], failedQuiz, { lessonsDone: 3, complete: false, percent: 75 }],
    [
      'quiz passed, a required lesson missing',
      ['intro', 'extra'],
      passedQuiz,
      { quizPassed: true, complete: false, percent: 75, missing: { lessons: ['budget'], quiz: false } },
    ],
    [
      'required lessons and quiz, optional unread',
      ['intro', 'budget'],
      passedQuiz,
      { lessonsDone: 2, complete: true, percent: 100, missing: { lessons: [], quiz: false } },
    ],
    ['everything', ['intro', 'budget', 'extra'], passedQuiz, { lessonsDone: 3, complete: true, percent: 100 }],
    [
      'no quiz, required lessons done',
      ['budget', 'intro'],
      noQuiz,
      { quizPassed: false, complete: true, percent: 100, missing: { lessons: [], quiz: false } },
    ],
    ['no quiz, one lesson', ['extra'], noQuiz, { complete: false, percent: 33 }],
    [
      'stale keys from an older version are ignored',
      ['old-1', 'old-2', 'intro'],
      noQuiz,
      { lessonsDone: 1, requiredDone: 1, complete: false, percent: 33 },
    ],
    [
      'a passed flag without a quiz does not count',
      ['intro'],
      { exists: false, passed: true, bestPercent: 90 },
      { quizPassed: false, percent: 33 },
    ],
  ] as const)('%s', (_name, completedKeys, quiz, expected) => {
    const result = moduleProgress({ lessons, completedKeys, quiz });
    expect(result).toMatchObject({ lessonsTotal: 3, requiredTotal: 2, ...expected });
  });

  it('never shows 100 for an unfinished module', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ key: `l${i}`, required: true }));
    const result = moduleProgress({ lessons: many, completedKeys: many.slice(1).map((lesson) => lesson.key), quiz: noQuiz });
    expect(result).toMatchObject({ complete: false, percent: 99 });
  });

  it('accepts any iterable of completed keys', () => {
    const result = moduleProgress({ lessons, completedKeys: new Set(['intro', 'budget']), quiz: noQuiz });
    expect(result.complete).toBe(true);
  });

  it.each([
    ['an empty module', noQuiz, { complete: true, percent: 100, lessonsTotal: 0 }],
    ['a quiz-only module, not passed', failedQuiz, { complete: false, percent: 0, missing: { lessons: [], quiz: true } }],
    ['a quiz-only module, passed', passedQuiz, { complete: true, percent: 100 }],
  ] as const)('%s', (_name, quiz, expected) => {
    expect(moduleProgress({ lessons: [], completedKeys: [], quiz })).toMatchObject(expected);
  });
});

describe('moduleProgress with assignments', () => {
  it.each([
    ['no required assignment: lessons and quiz decide', { requiredTotal: 0, requiredDone: 0 }, { complete: true, percent: 100 }],
    ['a required assignment not yet accepted blocks completion', { requiredTotal: 1, requiredDone: 0 }, { complete: false, percent: 80 }],
    ['accepted: complete', { requiredTotal: 1, requiredDone: 1 }, { complete: true, percent: 100 }],
    ['one of two accepted', { requiredTotal: 2, requiredDone: 1 }, { complete: false, percent: 83 }],
    ['more done than required (a dropped one) never exceeds the total', { requiredTotal: 1, requiredDone: 3 }, { complete: true, percent: 100 }],
  ] as const)('%s', (_name, assignments, expected) => {
    const result = moduleProgress({ lessons, completedKeys: ['intro', 'budget', 'extra'], quiz: passedQuiz, assignments });
    expect(result).toMatchObject(expected);
  });
});

describe('programmeProgress', () => {
  const mod = (moduleId: number, required: boolean, complete: boolean) => ({ moduleId, required, complete });

  it.each([
    ['all required complete', [mod(1, true, true), mod(2, true, true), mod(3, false, false)], { complete: true, done: 2, total: 2 }],
    ['one required missing', [mod(1, true, true), mod(2, true, false), mod(3, false, true)], { complete: false, done: 1, total: 2 }],
    ['only optional modules', [mod(1, false, true)], { complete: false, done: 0, total: 0 }],
    ['no modules', [], { complete: false, done: 0, total: 0 }],
  ] as const)('%s', (_name, modules, expected) => {
    expect(programmeProgress(modules)).toEqual(expected);
  });
});

describe('nextLesson', () => {
  it.each([
    ['the first lesson when nothing is done', [], 'intro'],
    ['skips completed lessons', ['intro'], 'budget'],
    ['returns a gap before later completed lessons', ['intro', 'extra'], 'budget'],
    ['includes optional lessons', ['intro', 'budget'], 'extra'],
    ['null when everything is done', ['extra', 'budget', 'intro'], null],
  ] as const)('%s', (_name, completed, expected) => {
    expect(nextLesson(lessons, completed)).toBe(expected);
  });

  it('returns null for a module without lessons', () => {
    expect(nextLesson([], ['intro'])).toBeNull();
  });
});
