import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Role } from '@/lib/domain/permissions';
import { roleChange } from '@/lib/domain/user-admin';
import type { CreateUserInput } from '@/lib/validation/users';
import { getDb } from '../index';
import { users } from '../schema';
import { writeAudit } from './audit';

/** Creates an account and records who created it. Returns the new id. */
export function createUser(input: Omit<CreateUserInput, 'password'> & { passwordHash: string }, actorId: number): number {
  return getDb().transaction((tx) => {
    const row = tx
      .insert(users)
      .values({ ...input, updatedAt: new Date() })
      .returning({ id: users.id })
      .get();
    writeAudit(
      { actorId, action: 'user.created', targetType: 'user', targetId: row.id, details: { email: input.email, role: input.role } },
      tx,
    );
    return row.id;
  });
}

export function findAccount(id: number): { id: number; name: string; role: Role; active: boolean } | null {
  return (
    getDb().select({ id: users.id, name: users.name, role: users.role, active: users.active }).from(users).where(eq(users.id, id)).get() ??
    null
  );
}

/** Sets a role and writes the change to the audit log (nothing when the role is unchanged). */
export function setUserRole(target: { id: number; role: Role }, role: Role, actorId: number): void {
  const change = roleChange(target.role, role);
  if (!change) return;
  getDb().transaction((tx) => {
    tx.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, target.id)).run();
    writeAudit({ actorId, action: 'user.role-changed', targetType: 'user', targetId: target.id, details: change }, tx);
  });
}

/**
 * Deactivates or reactivates an account, with an audit entry. Either way the
 * session version moves on, so no token issued before (say, one copied before
 * a deactivation) works again after a reactivation.
 */
export function setUserActive(targetId: number, active: boolean, actorId: number): void {
  getDb().transaction((tx) => {
    tx.update(users)
      .set({ active, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, targetId))
      .run();
    writeAudit({ actorId, action: active ? 'user.reactivated' : 'user.deactivated', targetType: 'user', targetId }, tx);
  });
}
