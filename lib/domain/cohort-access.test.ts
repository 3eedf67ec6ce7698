import { describe, expect, it } from 'vitest';
import { canViewCohortReport } from './cohort-access';

describe('canViewCohortReport', () => {
  it.each<[string, string | null, boolean]>([
    ['admin', null, true],
    ['admin', 'trainee', true],
    ['manager', 'manager', true],
    ['manager', null, false],
    ['manager', 'trainee', false],
    ['instructor', 'manager', true],
    ['instructor', 'instructor', false],
    ['trainee', 'manager', false],
    ['trainee', 'trainee', false],
    ['unknown', 'manager', false],
  ])('%s who is %s in the cohort: %s', (role, memberRole, allowed) => {
    expect(canViewCohortReport(role, memberRole)).toBe(allowed);
  });
});
