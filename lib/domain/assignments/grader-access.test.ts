import { describe, expect, it } from 'vitest';
import { canGradeInCohort, canGradeWork } from './grader-access';

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

describe('canGradeWork', () => {
  it.each([
    [{ role: 'instructor', inCohort: true, memberRole: 'instructor', editsModule: false }, true],
    [{ role: 'instructor', inCohort: true, memberRole: null, editsModule: true }, false],
    [{ role: 'instructor', inCohort: false, memberRole: null, editsModule: true }, true],
    [{ role: 'instructor', inCohort: false, memberRole: null, editsModule: false }, false],
    [{ role: 'manager', inCohort: false, memberRole: null, editsModule: true }, false],
    [{ role: 'admin', inCohort: false, memberRole: null, editsModule: false }, true],
  ])('%j → %s', (input, allowed) => {
    expect(canGradeWork(input)).toBe(allowed);
  });
});
