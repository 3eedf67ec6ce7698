import { describe, expect, it } from 'vitest';
import { canEditModule, canManageBank, type Actor } from './authoring-access';

const owner: Actor = { id: 1, role: 'instructor' };
const other: Actor = { id: 2, role: 'instructor' };
const admin: Actor = { id: 3, role: 'admin' };
const trainee: Actor = { id: 1, role: 'trainee' };

describe('canManageBank', () => {
  it.each<[string, Actor, number | null, boolean]>([
    ['the owner', owner, 1, true],
    ['another instructor', other, 1, false],
    ['an admin', admin, 1, true],
    ['an admin, bank without owner', admin, null, true],
    ['an instructor, bank without owner', owner, null, false],
    ['a trainee with the owner id', trainee, 1, false],
  ])('%s', (_name, actor, ownerId, expected) => {
    expect(canManageBank(actor, { ownerId })).toBe(expected);
  });
});

describe('canEditModule', () => {
  it.each<[string, Actor, { ownerId: number | null; collaboratorIds: number[] }, boolean]>([
    ['the owner', owner, { ownerId: 1, collaboratorIds: [] }, true],
    ['a co-owner', other, { ownerId: 1, collaboratorIds: [2] }, true],
    ['another instructor', other, { ownerId: 1, collaboratorIds: [4] }, false],
    ['an admin', admin, { ownerId: 1, collaboratorIds: [] }, true],
    ['a trainee listed as co-owner', { id: 2, role: 'trainee' }, { ownerId: 1, collaboratorIds: [2] }, false],
    ['a manager', { id: 5, role: 'manager' }, { ownerId: 5, collaboratorIds: [] }, false],
  ])('%s', (_name, actor, module, expected) => {
    expect(canEditModule(actor, module)).toBe(expected);
  });
});
