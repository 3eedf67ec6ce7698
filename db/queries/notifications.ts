import 'server-only';
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { NotificationKind } from '@/lib/domain/notification-kinds';
import { getDb } from '../index';
import { notifications } from '../schema';

export const NOTIFICATIONS_PAGE_SIZE = 20;

export interface NotificationItem {
  id: number;
  kind: NotificationKind;
  href: string;
  params: Record<string, string>;
  createdAt: Date;
  read: boolean;
}

/** How many of a user's notifications are unread: one indexed count, cheap enough for every page header. */
export function countUnreadNotifications(userId: number): number {
  return getDb().select({ n: count() }).from(notifications).where(and(eq(notifications.recipientId, userId), isNull(notifications.readAt))).get()?.n ?? 0;
}

/** One page (from 1) of a user's notifications, newest first, with the total. */
export function listNotifications(userId: number, page: number): { items: NotificationItem[]; total: number } {
  const db = getDb();
  const total = db.select({ n: count() }).from(notifications).where(eq(notifications.recipientId, userId)).get()?.n ?? 0;
  const rows = db
    .select({ id: notifications.id, kind: notifications.kind, href: notifications.href, params: notifications.params, createdAt: notifications.createdAt, readAt: notifications.readAt })
    .from(notifications)
    .where(eq(notifications.recipientId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(NOTIFICATIONS_PAGE_SIZE)
    .offset((page - 1) * NOTIFICATIONS_PAGE_SIZE)
    .all();
  return { items: rows.map(({ readAt, ...row }) => ({ ...row, read: readAt !== null })), total };
}
