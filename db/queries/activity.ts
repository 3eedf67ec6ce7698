import 'server-only';
import { eq } from 'drizzle-orm';
import { users } from '../schema';
import type { SyncDatabase } from './module-draft';

/** Records that the user did something at `now` (the "last active" a manager sees). */
export function setLastActiveAt(tx: SyncDatabase, userId: number, now: Date): void {
  tx.update(users).set({ lastActiveAt: now }).where(eq(users.id, userId)).run();
}
