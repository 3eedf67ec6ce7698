import { describe, expect, it } from 'vitest';
import { standingFromFacts, standingProgress, type AssignmentFacts, type AttemptFacts, type LessonTotals, type ModuleUnits } from './module-standing';

const T = (iso: string) => Date.parse(iso);
let nextId = 1;
const attempt = (percent: number | null, at: string, status: AttemptFacts['status'] = 'submitted'): AttemptFacts => ({
  id: nextId++, status, startedAt: T(at) - 60_000, submittedAt: status === 'open' ? null : T(at), percent, passed: percent === null ? null : percent >= 70,
});
const lessons: LessonTotals = { done: 2, requiredDone: 1, requiredLastAt: T('2026-02-01T00:00:00Z'), lastAt: T('2026-02-03T00:00:00Z') };

describe('standingFromFacts', () => {
  it('is null when the trainee did nothing in the module', () => {
    expect(standingFromFacts(null, [], 'best')).toBeNull();
  });

  it('carries the lesson totals and no quiz facts when there are no attempts', () => {
    expect(standingFromFacts(lessons, [], 'best')).toEqual({
      lessonsDone: 2, requiredDone: 1, requiredLastAt: lessons.requiredLastAt, lastLessonAt: lessons.lastAt,
      attempts: 0, countedPercent: null, countedAt: null, quizPassed: false, lastAttemptAt: null, hasOpenAttempt: false, assignmentsDone: 0,
    });
  });

  it.each<[string, AttemptFacts[], 'best' | 'last' | null, object]>([
    ['best: the highest percent counts', [attempt(80, '2026-02-05T00:00:00Z'), attempt(60, '2026-02-06T00:00:00Z')], 'best',
      { attempts: 2, countedPercent: 80, countedAt: T('2026-02-05T00:00:00Z'), quizPassed: true, lastAttemptAt: T('2026-02-06T00:00:00Z') }],
    ['best: a tie goes to the earlier submission', [attempt(75, '2026-02-05T00:00:00Z'), attempt(75, '2026-02-06T00:00:00Z')], 'best',
      { countedAt: T('2026-02-05T00:00:00Z') }],
    ['last: a later failed attempt counts', [attempt(90, '2026-02-05T00:00:00Z'), attempt(50, '2026-02-06T00:00:00Z')], 'last',
      { countedPercent: 50, countedAt: T('2026-02-06T00:00:00Z'), quizPassed: false }],
    ['an expired attempt with a grade counts as finished', [attempt(72, '2026-02-05T00:00:00Z', 'expired')], 'best',
      { attempts: 1, countedPercent: 72, quizPassed: true }],
    ['an open attempt is activity, not a result', [attempt(null, '2026-02-07T00:00:00Z', 'open')], 'best',
      { attempts: 0, countedPercent: null, quizPassed: false, hasOpenAttempt: true, lastAttemptAt: T('2026-02-07T00:00:00Z') - 60_000 }],
    ['a version without a quiz counts no attempt, but the attempts are still activity', [attempt(90, '2026-02-05T00:00:00Z')], null,
      { attempts: 1, countedPercent: null, countedAt: null, quizPassed: false, lastAttemptAt: T('2026-02-05T00:00:00Z') }],
  ])('%s', (_name, attempts, scoring, expected) => {
    expect(standingFromFacts(null, attempts, scoring)).toMatchObject({ lessonsDone: 0, requiredDone: 0, lastLessonAt: null, ...expected });
  });

  it.each<[string, AssignmentFacts[], number | null]>([
    ['nothing accepted: no standing without other facts', [{ key: 'plan', status: 'submitted', required: true }], null],
    ['a required assignment accepted counts and makes a standing', [{ key: 'plan', status: 'accepted', required: true }], 1],
    ['an optional one accepted does not count', [{ key: 'extra', status: 'accepted', required: false }], null],
    ['one the version dropped does not count', [{ key: 'old', status: 'accepted', required: null }], null],
    ['a revision requested is not done', [{ key: 'plan', status: 'revision-requested', required: true }, { key: 'memo', status: 'accepted', required: true }], 1],
  ])('assignments: %s', (_name, assignments, done) => {
    const standing = standingFromFacts(null, [], 'best', assignments);
    if (done === null) expect(standing).toBeNull();
    else expect(standing).toMatchObject({ assignmentsDone: done, lessonsDone: 0, attempts: 0 });
  });
});

describe('standingProgress', () => {
  const units: ModuleUnits = { lessonsTotal: 3, requiredTotal: 2, quiz: true, requiredAssignments: 0 };
  const twoRequired: LessonTotals = { done: 2, requiredDone: 2, requiredLastAt: T('2026-02-04T00:00:00Z'), lastAt: T('2026-02-04T00:00:00Z') };

  it.each<[string, ModuleUnits, ReturnType<typeof standingFromFacts> | undefined, object]>([
    ['untouched', units, undefined, { complete: false, percent: 0, completedAt: null, lastActivityAt: null }],
    ['lessons done, quiz not passed yet', units, standingFromFacts(twoRequired, [attempt(50, '2026-02-05T00:00:00Z')], 'best'),
      { complete: false, percent: 50, completedAt: null, lastActivityAt: T('2026-02-05T00:00:00Z') }],
    ['complete when the quiz is passed after the lessons', units, standingFromFacts(twoRequired, [attempt(90, '2026-02-06T00:00:00Z')], 'best'),
      { complete: true, percent: 100, completedAt: T('2026-02-06T00:00:00Z'), lastActivityAt: T('2026-02-06T00:00:00Z') }],
    ['no quiz: complete with the required lessons', { ...units, quiz: false }, standingFromFacts(twoRequired, [], null),
      { complete: true, percent: 100, completedAt: T('2026-02-04T00:00:00Z') }],
    ['a required assignment still missing', { ...units, quiz: false, requiredAssignments: 1 }, standingFromFacts(twoRequired, [], null),
      { complete: false, percent: 50 }],
    ['a module that asks for nothing is complete untouched', { lessonsTotal: 1, requiredTotal: 0, quiz: false, requiredAssignments: 0 }, undefined,
      { complete: true, percent: 100, completedAt: null, lastActivityAt: null }],
  ])('%s', (_name, u, standing, expected) => {
    expect(standingProgress(u, standing ?? undefined)).toMatchObject(expected);
  });

  it('an unpublished module is never complete, but the standing keeps its activity', () => {
    expect(standingProgress(null, standingFromFacts(twoRequired, [], null) ?? undefined)).toEqual({
      complete: false, percent: 0, completedAt: null, lastActivityAt: T('2026-02-04T00:00:00Z'),
    });
  });
});
