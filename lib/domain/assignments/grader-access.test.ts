import { describe, expect, it } from 'vitest';
import { canGradeInCohort } from './grader-access';

describe('canGradeInCohort', () => {
  it.each([
    ['admin', null, true],
    ['instructor', 'instructor', true],
    ['manager', 'manager', true],
    ['instructor', null, false],
    ['instructor', 'trainee', false],
    ['trainee', 'trainee', false],
    ['manager', null, false],
    ['trainee', 'instructor', false],
    ['nobody', 'instructor', false],
  ])('%s who is %s in the cohort: %s', (role, memberRole, allowed) => {
    expect(canGradeInCohort(role, memberRole)).toBe(allowed);
  });
});
