import 'server-only';
import { eq } from 'drizzle-orm';
import { recordFailure, type ThrottleRecord } from '@/lib/domain/sign-in-throttle';
import { getDb } from '../index';
import { signInThrottle } from '../schema';

export function getThrottle(key: string): ThrottleRecord | null {
  return (
    getDb()
      .select({
        failures: signInThrottle.failures,
        firstFailureAt: signInThrottle.firstFailureAt,
        lastFailureAt: signInThrottle.lastFailureAt,
      })
      .from(signInThrottle)
      .where(eq(signInThrottle.key, key))
      .get() ?? null
  );
}

/** Counts one more failed sign-in from `key`. */
export function noteFailedSignIn(key: string, now: Date): void {
  const db = getDb();
  db.transaction((tx) => {
    const current = tx.select().from(signInThrottle).where(eq(signInThrottle.key, key)).get() ?? null;
    const next = recordFailure(current, now);
    tx.insert(signInThrottle)
      .values({ key, ...next })
      .onConflictDoUpdate({ target: signInThrottle.key, set: next })
      .run();
  });
}

export function clearThrottle(key: string): void {
  getDb().delete(signInThrottle).where(eq(signInThrottle.key, key)).run();
}
