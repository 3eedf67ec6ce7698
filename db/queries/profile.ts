import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { AppError } from '@/lib/errors';
import type { ProfileInput } from '@/lib/validation/profile';
import { getDb } from '../index';
import { users } from '../schema';
import { writeAudit } from './audit';

export function getProfile(userId: number): (ProfileInput & { email: string }) | null {
  return (
    getDb()
      .select({
        email: users.email,
        name: users.name,
        country: users.country,
        ministry: users.ministry,
        jobTitle: users.jobTitle,
        preferredLanguage: users.preferredLanguage,
      })
      .from(users)
      .where(eq(users.id, userId))
      .get() as (ProfileInput & { email: string }) | undefined
  ) ?? null;
}

export function updateProfile(userId: number, input: ProfileInput): void {
  getDb().update(users).set({ ...input, updatedAt: new Date() }).where(eq(users.id, userId)).run();
}

/**
 * Stores a new password hash the user chose on their profile, and moves the
 * session version on so every other session is signed out; audited. One
 * transaction. Returns the new session version.
 */
export function changePassword(userId: number, passwordHash: string, now: Date): number {
  return getDb().transaction((tx) => {
    const updated = tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now })
      .where(eq(users.id, userId))
      .returning({ sessionVersion: users.sessionVersion })
      .get();
    if (!updated) throw new AppError('not-found:user', 'That account no longer exists.');
    writeAudit({ actorId: userId, action: 'user.password-changed', targetType: 'user', targetId: userId }, tx);
    return updated.sessionVersion;
  });
}
