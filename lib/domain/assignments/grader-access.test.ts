import { describe, expect, it } from 'vitest';
import { canGradeInCohort, canGradeWork, canReadSubmissionFile } from './grader-access';

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

describe('canReadSubmissionFile', () => {
  const cohortInstructor = { role: 'instructor', inCohort: true, memberRole: 'instructor', editsModule: false };
  const owner = { role: 'instructor', inCohort: false, memberRole: null, editsModule: true };
  const stranger = { role: 'instructor', inCohort: true, memberRole: null, editsModule: true };
  it.each([
    ['the trainee, a draft', { ownWork: true, draft: true, grader: stranger }, true],
    ['an instructor of the cohort, handed-in work', { ownWork: false, draft: false, grader: cohortInstructor }, true],
    ["an instructor of the cohort, the trainee's draft", { ownWork: false, draft: true, grader: cohortInstructor }, false],
    ["the module's owner, work outside any cohort (they grade it)", { ownWork: false, draft: false, grader: owner }, true],
    ["the module's owner, work in a cohort they do not teach", { ownWork: false, draft: false, grader: stranger }, false],
  ])('%s: %s', (_who, input, allowed) => {
    expect(canReadSubmissionFile(input)).toBe(allowed);
  });
});
