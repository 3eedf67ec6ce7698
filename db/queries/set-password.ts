import 'server-only';
import { and, eq, gt, sql } from 'drizzle-orm';
import { getDb } from '../index';
import { users } from '../schema';
import { writeAudit } from './audit';

export interface SetPasswordAccount {
  id: number;
  name: string;
  email: string;
  active: boolean;
  expiresAt: Date | null;
}

/** The account holding a token hash, or null. */
export function findSetPasswordAccount(tokenHash: string): SetPasswordAccount | null {
  return (
    getDb()
      .select({ id: users.id, name: users.name, email: users.email, active: users.active, expiresAt: users.setPasswordExpiresAt })
      .from(users)
      .where(eq(users.setPasswordTokenHash, tokenHash))
      .get() ?? null
  );
}

/**
 * Sets the password and spends the token in one statement, so a link works
 * exactly once even when submitted twice at the same moment. False when the
 * token is unknown, used, expired, or the account is deactivated.
 */
export function completeSetPassword(tokenHash: string, passwordHash: string, now: Date): boolean {
  return getDb().transaction((tx) => {
    const updated = tx
      .update(users)
      // A new password ends every session that was signed in with the old one.
      .set({ passwordHash, setPasswordTokenHash: null, setPasswordExpiresAt: null, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now })
      .where(and(eq(users.setPasswordTokenHash, tokenHash), gt(users.setPasswordExpiresAt, now), eq(users.active, true)))
      .returning({ id: users.id })
      .get();
    if (!updated) return false;
    writeAudit({ actorId: updated.id, action: 'user.password-set', targetType: 'user', targetId: updated.id }, tx);
    return true;
  });
}
