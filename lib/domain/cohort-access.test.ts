import { describe, expect, it } from 'vitest';
import { canAccessCohort } from './cohort-access';

describe('canAccessCohort', () => {
  it.each<[string, string | null, { manage: boolean; report: boolean; events: boolean }]>([
    ['admin', null, { manage: true, report: true, events: true }],
    ['admin', 'trainee', { manage: true, report: true, events: true }],
    ['manager', 'manager', { manage: true, report: true, events: true }],
    ['manager', null, { manage: false, report: false, events: false }],
    ['manager', 'trainee', { manage: false, report: false, events: true }],
    ['instructor', 'manager', { manage: false, report: true, events: true }],
    ['instructor', 'instructor', { manage: false, report: false, events: true }],
    ['trainee', 'manager', { manage: false, report: false, events: true }],
    ['trainee', 'trainee', { manage: false, report: false, events: true }],
    ['trainee', null, { manage: false, report: false, events: false }],
    ['unknown', 'manager', { manage: false, report: false, events: true }],
    ['unknown', null, { manage: false, report: false, events: false }],
  ])('%s who is %s in the cohort: %j', (role, memberRole, expected) => {
    expect(canAccessCohort('manage', role, memberRole)).toBe(expected.manage);
    expect(canAccessCohort('report', role, memberRole)).toBe(expected.report);
    expect(canAccessCohort('events', role, memberRole)).toBe(expected.events);
  });
});
