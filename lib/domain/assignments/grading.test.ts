import { describe, expect, it } from 'vitest';
import { decideGrade } from './grading';
import type { RubricCriterion } from './rubric';

const rubric: RubricCriterion[] = [
  { key: 'a', title: 'A', levels: [{ title: 'Weak', points: 0, descriptor: '' }, { title: 'Good', points: 5, descriptor: '' }] },
  { key: 'b', title: 'B', levels: [{ title: 'Weak', points: 1, descriptor: '' }, { title: 'Good', points: 5, descriptor: '' }] },
];
const base = { status: 'submitted' as const, rubric, passMark: 60, feedback: 'Well argued.' };

describe('decideGrade', () => {
  it('accepts at or above the pass mark with points computed from the levels', () => {
    expect(decideGrade({ ...base, levels: { a: 1, b: 1 }, decision: 'accept' })).toEqual({
      ok: true,
      status: 'accepted',
      points: 10,
      maxPoints: 10,
      percent: 100,
      passed: true,
    });
  });

  it('returns for revision whatever the points, with feedback', () => {
    expect(decideGrade({ ...base, levels: { a: 0, b: 1 }, decision: 'revise' })).toMatchObject({ ok: true, status: 'revision-requested', points: 5, passed: false });
  });

  it.each([
    [{ ...base, levels: { a: 1, b: 1 }, decision: 'accept' as const, status: 'draft' as const }, 'not-submitted'],
    [{ ...base, levels: { a: 1, b: 1 }, decision: 'accept' as const, status: 'accepted' as const }, 'not-submitted'],
    [{ ...base, levels: { a: 1 }, decision: 'accept' as const }, 'levels-missing'],
    [{ ...base, levels: { a: 0, b: 1 }, decision: 'accept' as const }, 'below-pass-mark'],
    [{ ...base, levels: { a: 0, b: 1 }, decision: 'revise' as const, feedback: '  ' }, 'feedback-required'],
  ])('refuses %j with %s', (input, problem) => {
    expect(decideGrade(input)).toMatchObject({ ok: false, problem });
  });

  it('names the criteria without a level', () => {
    expect(decideGrade({ ...base, levels: {}, decision: 'revise' })).toEqual({ ok: false, problem: 'levels-missing', missing: ['a', 'b'] });
  });
});
