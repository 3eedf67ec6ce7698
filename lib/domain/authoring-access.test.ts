import { describe, expect, it } from 'vitest';
import { canManageCollaborators, coOwnerRefusal, editorRelation, type EditorRelation } from './authoring-access';
import type { Role } from './permissions';

const owned = { ownerId: 10, collaboratorIds: [11] };

describe('editorRelation', () => {
  const cases: [string, number, Role, EditorRelation | null][] = [
    ['the owner', 10, 'instructor', 'owner'],
    ['a co-owner', 11, 'instructor', 'co-owner'],
    ['another instructor', 12, 'instructor', null],
    ['an administrator', 1, 'admin', 'admin'],
    ['an administrator who owns it', 10, 'admin', 'owner'],
    ['a trainee listed as owner (role changed since)', 10, 'trainee', null],
    ['a manager co-owner (role changed since)', 11, 'manager', null],
    ['a trainee', 20, 'trainee', null],
  ];
  it.each(cases)('%s', (_name, id, role, expected) => {
    expect(editorRelation({ id, role }, owned)).toBe(expected);
  });

  it('treats a module with no owner as editable only by administrators', () => {
    expect(editorRelation({ id: 10, role: 'instructor' }, { ownerId: null, collaboratorIds: [] })).toBeNull();
    expect(editorRelation({ id: 1, role: 'admin' }, { ownerId: null, collaboratorIds: [] })).toBe('admin');
  });
});

describe('canManageCollaborators', () => {
  it.each([
    ['owner', true],
    ['admin', true],
    ['co-owner', false],
    [null, false],
  ] as const)('%s → %s', (relation, expected) => {
    expect(canManageCollaborators(relation)).toBe(expected);
  });
});

describe('coOwnerRefusal', () => {
  it.each([
    ['nobody with that email', null, 'no-account'],
    ['a deactivated instructor', { id: 12, role: 'instructor', active: false }, 'inactive'],
    ['a trainee', { id: 12, role: 'trainee', active: true }, 'cannot-author'],
    ['a manager', { id: 12, role: 'manager', active: true }, 'cannot-author'],
    ['the owner', { id: 10, role: 'instructor', active: true }, 'already-owner'],
    ['an existing co-owner', { id: 11, role: 'instructor', active: true }, 'already-co-owner'],
    ['another instructor', { id: 12, role: 'instructor', active: true }, null],
    ['an administrator', { id: 1, role: 'admin', active: true }, null],
  ] as const)('%s → %s', (_name, candidate, expected) => {
    expect(coOwnerRefusal(candidate, owned)).toBe(expected);
  });
});
