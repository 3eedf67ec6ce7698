import { describe, expect, it } from 'vitest';
import { moduleStatus, type StatusStanding, type StatusVersion } from './module-status';

const lessons = [
  { key: 'a', required: true },
  { key: 'b', required: true },
  { key: 'c', required: false },
];
const withQuiz: StatusVersion = { lessons, quiz: { attemptLimit: 3 } };
const standing = (values: Partial<StatusStanding>): StatusStanding => ({
  lessonsDone: 0, requiredDone: 0, attempts: 0, countedPercent: null, quizPassed: false, hasOpenAttempt: false, assignmentsDone: 0, ...values,
});

describe('moduleStatus', () => {
  it.each<[string, StatusStanding | null, StatusVersion, object, object]>([
    ['nothing done yet', null, withQuiz, { lessonsDone: 0, percent: 0, complete: false }, { kind: 'not-started' }],
    ['a module with nothing required is complete before anything is done', null, { lessons: [{ key: 'a', required: false }], quiz: null },
      { complete: true, percent: 100 }, { kind: 'none' }],
    ['lessons done, quiz not taken', standing({ lessonsDone: 2, requiredDone: 2 }), withQuiz, { percent: 50, complete: false }, { kind: 'not-started' }],
    ['an open attempt is in progress, even after a pass', standing({ attempts: 1, countedPercent: 90, quizPassed: true, hasOpenAttempt: true }), withQuiz,
      { quizPassed: true }, { kind: 'in-progress' }],
    ['passed with every required lesson: complete at 100 with an optional lesson unread', standing({ lessonsDone: 2, requiredDone: 2, attempts: 1, countedPercent: 80, quizPassed: true }), withQuiz,
      { complete: true, percent: 100 }, { kind: 'passed', percent: 80 }],
    ['failed with attempts left under the limit', standing({ attempts: 2, countedPercent: 40 }), withQuiz, { complete: false }, { kind: 'failed', percent: 40, attemptsLeft: 1 }],
    ['passed, but the required assignment is not accepted yet', standing({ lessonsDone: 2, requiredDone: 2, attempts: 1, countedPercent: 80, quizPassed: true }),
      { ...withQuiz, assignments: [{ required: true }, { required: false }] }, { complete: false, percent: 60 }, { kind: 'passed', percent: 80 }],
    ['passed and the required assignment accepted: complete', standing({ lessonsDone: 2, requiredDone: 2, attempts: 1, countedPercent: 80, quizPassed: true, assignmentsDone: 1 }),
      { ...withQuiz, assignments: [{ required: true }] }, { complete: true, percent: 100 }, { kind: 'passed', percent: 80 }],
    ['failed without a limit', standing({ attempts: 5, countedPercent: 40 }), { lessons, quiz: { attemptLimit: null } }, {}, { kind: 'failed', percent: 40, attemptsLeft: null }],
  ])('%s', (_name, stored, version, progress, quizStatus) => {
    const status = moduleStatus(stored, version);
    expect(status.progress).toMatchObject(progress);
    expect(status.quizStatus).toEqual(quizStatus);
  });

  it.each<[string, StatusStanding | null, object]>([
    ['the only attempt has an essay to grade', standing({ lessonsDone: 2, requiredDone: 2 }), { kind: 'awaiting-grading' }],
    ['a retake awaits grading after a fail', standing({ attempts: 1, countedPercent: 40 }), { kind: 'awaiting-grading' }],
    ['an open attempt still shows in progress', standing({ attempts: 1, countedPercent: 40, hasOpenAttempt: true }), { kind: 'in-progress' }],
  ])('awaiting grading: %s', (_name, stored, quizStatus) => {
    expect(moduleStatus(stored, withQuiz, true).quizStatus).toEqual(quizStatus);
  });

  it('awaiting grading leaves progress to the graded attempts', () => {
    expect(moduleStatus(standing({ lessonsDone: 2, requiredDone: 2 }), withQuiz, true).progress).toMatchObject({ quizPassed: false, complete: false });
  });
});
