import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { notifications } from '@/db/schema';
import { inTransaction } from './transaction';

/**
 * Command: marks one of the user's own notifications read. False when there
 * is no such notification of theirs (someone else's id answers the same).
 * Marking one already read again changes nothing and is not an error.
 */
export function markNotificationRead(userId: number, notificationId: number, now: Date): boolean {
  return inTransaction((tx) => {
    const own = tx.select({ readAt: notifications.readAt }).from(notifications).where(and(eq(notifications.id, notificationId), eq(notifications.recipientId, userId))).get();
    if (!own) return false;
    if (own.readAt === null) tx.update(notifications).set({ readAt: now }).where(eq(notifications.id, notificationId)).run();
    return true;
  });
}

/** Command: marks every unread notification of the user read. Returns how many changed. */
export function markAllNotificationsRead(userId: number, now: Date): number {
  return inTransaction((tx) => tx.update(notifications).set({ readAt: now }).where(and(eq(notifications.recipientId, userId), isNull(notifications.readAt))).run().changes);
}
