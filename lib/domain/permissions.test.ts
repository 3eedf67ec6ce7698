import { describe, expect, it } from 'vitest';
import { actions, can, homePathFor, roles, type Action, type Role } from './permissions';

const expected: Record<Role, Record<Action, boolean>> = {
  trainee: {
    'learning:view': true,
    'learning:enrol': true,
    'profile:edit': true,
    'content:author': false,
    'content:publish': false,
    'content:edit-any': false,
    'cohorts:manage': false,
    'cohorts:view-all': false,
    'reports:view': false,
    'users:manage': false,
    'audit:view': false,
    'discussions:take-part': true,
  },
  instructor: {
    'learning:view': false,
    'learning:enrol': false,
    'profile:edit': true,
    'content:author': true,
    'content:publish': true,
    'content:edit-any': false,
    'cohorts:manage': false,
    'cohorts:view-all': false,
    'reports:view': true,
    'users:manage': false,
    'audit:view': false,
    'discussions:take-part': true,
  },
  manager: {
    'learning:view': false,
    'learning:enrol': false,
    'profile:edit': true,
    'content:author': false,
    'content:publish': false,
    'content:edit-any': false,
    'cohorts:manage': true,
    'cohorts:view-all': false,
    'reports:view': true,
    'users:manage': false,
    'audit:view': false,
    'discussions:take-part': true,
  },
  admin: {
    'learning:view': true,
    'learning:enrol': true,
    'profile:edit': true,
    'content:author': true,
    'content:publish': true,
    'content:edit-any': true,
    'cohorts:manage': true,
    'cohorts:view-all': true,
    'reports:view': true,
    'users:manage': true,
    'audit:view': true,
    'discussions:take-part': true,
  },
};

describe('can', () => {
  const cases = roles.flatMap((role) => actions.map((action) => [role, action, expected[role][action]] as const));

  it.each(cases)('%s → %s is %s', (role, action, allowed) => {
    expect(can(role, action)).toBe(allowed);
  });

  it('covers every action for every role in the expected table', () => {
    for (const role of roles) expect(Object.keys(expected[role]).sort()).toEqual([...actions].sort());
  });

  it.each([null, undefined, '', 'root', 'ADMIN'])('denies everything to an unknown role %s', (role) => {
    for (const action of actions) expect(can(role, action)).toBe(false);
  });
});

describe('homePathFor', () => {
  it.each([
    ['trainee', '/learn'],
    ['instructor', '/author'],
    ['manager', '/manage'],
    ['admin', '/admin/users'],
  ] as const)('sends a %s to %s', (role, path) => {
    expect(homePathFor(role)).toBe(path);
  });
});
