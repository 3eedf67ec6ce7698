import 'server-only';
import { and, eq, gte, inArray } from 'drizzle-orm';
import type { ThrottleRecord } from '@/lib/domain/sign-in-throttle';
import { getDb } from '../index';
import { knownSignInClients, signInThrottle } from '../schema';

type Writes = ReadonlyMap<string, ThrottleRecord | null>;

/**
 * Reads the throttle records of `keys`, lets `decide` (a pure rule) choose
 * what to write (null deletes a record), and writes it — all in one
 * transaction that takes the write lock at once (`immediate`), so two tries
 * can never both read the same count and both be let through.
 */
export function updateThrottles<T>(keys: string[], decide: (records: Map<string, ThrottleRecord | null>) => { writes: Writes; result: T }): T {
  return getDb().transaction(
    (tx) => {
      const rows = tx
        .select({
          key: signInThrottle.key,
          failures: signInThrottle.failures,
          firstFailureAt: signInThrottle.firstFailureAt,
          lastFailureAt: signInThrottle.lastFailureAt,
        })
        .from(signInThrottle)
        .where(inArray(signInThrottle.key, keys))
        .all();
      const records = new Map<string, ThrottleRecord | null>(keys.map((key) => [key, null]));
      for (const { key, ...record } of rows) records.set(key, record);
      const { writes, result } = decide(records);
      for (const [key, record] of writes) {
        if (record === null) tx.delete(signInThrottle).where(eq(signInThrottle.key, key)).run();
        else tx.insert(signInThrottle).values({ key, ...record }).onConflictDoUpdate({ target: signInThrottle.key, set: record }).run();
      }
      return result;
    },
    { behavior: 'immediate' },
  );
}

/** Whether `key` (client and account) signed in successfully at `since` or later. */
export function isKnownClient(key: string, since: Date): boolean {
  return Boolean(
    getDb()
      .select({ key: knownSignInClients.key })
      .from(knownSignInClients)
      .where(and(eq(knownSignInClients.key, key), gte(knownSignInClients.lastSuccessAt, since)))
      .get(),
  );
}

/** Remembers a successful sign-in of `key` (client and account) at `now`. */
export function rememberClient(key: string, now: Date): void {
  getDb()
    .insert(knownSignInClients)
    .values({ key, lastSuccessAt: now })
    .onConflictDoUpdate({ target: knownSignInClients.key, set: { lastSuccessAt: now } })
    .run();
}
