import type { Role } from './permissions';

export type AccountChangeRefusal = 'self-change' | 'user-not-found';

/**
 * Whether an admin may change another account's role or active state. An
 * admin never changes their own, so the last administrator cannot lock
 * everyone out by mistake.
 */
export function checkAccountChange(actorId: number, target: { id: number } | null): AccountChangeRefusal | null {
  if (!target) return 'user-not-found';
  if (target.id === actorId) return 'self-change';
  return null;
}

/** The audit details of a role change, or null when nothing changes. */
export function roleChange(from: Role, to: Role): { from: Role; to: Role } | null {
  return from === to ? null : { from, to };
}
