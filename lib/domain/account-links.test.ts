import { describe, expect, it } from 'vitest';
import { mayControlAccountLink, type AccountOrigin, type LinkActor } from './account-links';

const createdInA: AccountOrigin = { createdInCohortId: 1, createdById: 10 };
const managerA: LinkActor = { id: 10, role: 'manager', cohort: { id: 1, managed: true } };
const coManagerA: LinkActor = { id: 11, role: 'manager', cohort: { id: 1, managed: true } };
const managerB: LinkActor = { id: 20, role: 'manager', cohort: { id: 2, managed: true } };
const admin: LinkActor = { id: 1, role: 'admin', cohort: { id: 2, managed: false } };

describe('mayControlAccountLink', () => {
  it.each([
    ['the manager who created it', managerA, createdInA, true],
    ['a co-manager of the creating cohort', coManagerA, createdInA, true],
    ['the creating manager acting in another cohort', { ...managerA, cohort: { id: 2, managed: true } }, createdInA, true],
    ['a manager of another cohort the account was added to', managerB, createdInA, false],
    ['an administrator', admin, createdInA, true],
    ['a manager, for an account an administrator created', managerB, { createdInCohortId: null, createdById: 1 }, false],
    ['a manager not managing the cohort', { id: 30, role: 'manager', cohort: { id: 1, managed: false } }, createdInA, false],
    ['an instructor of the cohort', { id: 40, role: 'instructor', cohort: { id: 1, managed: true } }, createdInA, false],
    ['a trainee who somehow created it', { id: 10, role: 'trainee', cohort: null }, createdInA, false],
  ] as const)('%s → %s', (_name, actor, account, expected) => {
    expect(mayControlAccountLink(actor, account)).toBe(expected);
  });
});
