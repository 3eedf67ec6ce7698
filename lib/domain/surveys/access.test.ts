import { describe, expect, it } from 'vitest';
import { canAnswerSurveys, canRunSurveys } from './access';

describe('canRunSurveys', () => {
  it.each([
    ['admin', null, true],
    ['manager', 'manager', true],
    ['instructor', 'instructor', true],
    ['manager', null, false],
    ['instructor', null, false],
    ['instructor', 'trainee', false],
    ['trainee', 'trainee', false],
    ['trainee', 'manager', false],
  ])('%s who is %s in the cohort: %s', (role, memberRole, allowed) => {
    expect(canRunSurveys(role, memberRole)).toBe(allowed);
  });

  it('lets only the cohort trainees answer', () => {
    expect(canAnswerSurveys('trainee')).toBe(true);
    expect(canAnswerSurveys('manager')).toBe(false);
    expect(canAnswerSurveys(null)).toBe(false);
  });
});
